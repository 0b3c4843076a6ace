// Label sizes that stay readable at every zoom. At the fitted view only the most spoken-about actors are labelled
// (a fixed budget, so large graphs do not turn into a smear of text); zooming in labels more, at a steady on-screen size.
let zoom = 1;
let fitZoom = 1;
let ranked: number[] = [];
let threshold = 0;

/** Labels shown at the fitted view; the budget grows with the square of the zoom relative to it. */
const BUDGET_AT_FIT = 12;

function recompute(): void {
  const budget = Math.round(BUDGET_AT_FIT * (zoom / fitZoom) ** 2);
  threshold = budget >= ranked.length ? 0 : ranked[Math.max(0, budget - 1)];
}

/** The drawn node sizes of the current graph, which rank actors for labels. */
export function setLabelRanking(sizes: number[]): void {
  ranked = [...sizes].sort((a, b) => b - a);
  recompute();
}

/** Tells the label functions the current zoom; returns true when the change is big enough to restyle. */
export function setLabelZoom(next: number, fitted = false): boolean {
  if (fitted) fitZoom = next;
  if (!fitted && Math.abs(Math.log(next / zoom)) < 0.08) return false;
  zoom = next;
  recompute();
  return true;
}

/** Model-space font size for a node of this drawn size; 1 (hidden by min-zoomed-font-size) when below the budget. */
export function labelFontSize(size: number): number {
  if (size < threshold) return 1;
  const importance = Math.max(0, Math.min(1, (size - 20) / 54));
  return (11 + 5 * importance) / zoom;
}

/** Neighbours of the selection keep a readable label. */
export const nearFontSize = () => 12 / zoom;

/** Selected, hovered and path actors always show their full name. */
export const emphasisFontSize = () => 14 / zoom;

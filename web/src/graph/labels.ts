// Label sizes that stay readable at every zoom: zoomed out, only the most spoken-about actors keep a label
// (at a steady on-screen size); zoomed in, every actor has one.
let zoom = 1;

/** Tells the label functions the current zoom; returns true when the change is big enough to restyle. */
export function setLabelZoom(next: number): boolean {
  if (Math.abs(Math.log(next / zoom)) < 0.08) return false;
  zoom = next;
  return true;
}

/** Model-space font size for a node of this drawn size; 1 (hidden by min-zoomed-font-size) when too small to matter. */
export function labelFontSize(size: number): number {
  const importance = Math.max(0, Math.min(1, (size - 20) / 54));
  const needed = Math.max(0, Math.min(1, (0.9 - zoom) * 0.75));
  if (importance < needed) return 1;
  return (11 + 5 * importance) / zoom;
}

/** Selected, hovered and path actors always show their full name. */
export const emphasisFontSize = () => 14 / zoom;

// Label sizes that stay readable at every zoom: a steady on-screen size, a little larger for more important
// actors. Which labels are drawn at all is decided by declutter.ts (see Network.relabel).
let zoom = 1;

/** Tells the label functions the current zoom; returns true when the change is big enough to restyle. */
export function setLabelZoom(next: number, force = false): boolean {
  if (!force && Math.abs(Math.log(next / zoom)) < 0.08) return false;
  zoom = next;
  return true;
}

/** Model-space font size for a node of this drawn size: 11 to 14 px on screen. */
export function labelFontSize(size: number): number {
  const importance = Math.max(0, Math.min(1, (size - 20) / 54));
  return (11 + 3 * importance) / zoom;
}

/** Selected, hovered and path actors show their full name a little larger. */
export const emphasisFontSize = () => 14 / zoom;

/**
 * On-screen size of a node's label at this view zoom, as the stylesheet draws it, without asking Cytoscape for the
 * style: that would compute the style of every node before the first paint computes it again.
 */
export const renderedLabelSize = (size: number, emphasised: boolean, viewZoom: number) =>
  (emphasised ? emphasisFontSize() : labelFontSize(size)) * viewZoom;

/** Width in pixels of a label at this font size, measured as the canvas draws it (cached per text). */
const measured = new Map<string, number>();
let context: CanvasRenderingContext2D | null = null;
export function labelWidth(text: string, px: number, bold: boolean): number {
  const key = `${bold ? 'b' : ''}${text}`;
  let at100 = measured.get(key);
  if (at100 === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (!context) return text.length * px * 0.62;
    context.font = `${bold ? 'bold ' : ''}100px system-ui, sans-serif`;
    at100 = context.measureText(text).width;
    measured.set(key, at100);
  }
  return (at100 * px) / 100;
}

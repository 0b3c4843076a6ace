// Small SVG glyphs of the node shapes and edge styles, for the legend and the filters.
import { svg } from './dom.js';

const polygon = (sides: number, rotate = 0) => Array.from({ length: sides }, (_, i) => {
  const a = rotate + (i * 2 * Math.PI) / sides;
  return `${(8 + 7 * Math.cos(a)).toFixed(1)},${(8 + 7 * Math.sin(a)).toFixed(1)}`;
}).join(' ');

const SHAPES: Record<string, () => SVGElement> = {
  ellipse: () => svg('circle', { cx: 8, cy: 8, r: 7 }),
  'round-rectangle': () => svg('rect', { x: 1, y: 2, width: 14, height: 12, rx: 3 }),
  hexagon: () => svg('polygon', { points: polygon(6) }),
  triangle: () => svg('polygon', { points: '8,1 15,15 1,15' }),
  octagon: () => svg('polygon', { points: polygon(8, Math.PI / 8) }),
  diamond: () => svg('polygon', { points: '8,1 15,8 8,15 1,8' }),
  'round-tag': () => svg('polygon', { points: '1,2 11,2 15,8 11,14 1,14' }),
};

export function shapeGlyph(shape: string, color: string): SVGSVGElement {
  const root = svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'glyph' });
  const el = (SHAPES[shape] ?? SHAPES.ellipse)();
  el.setAttribute('fill', color);
  root.append(el);
  return root;
}

/** A line in a colour and dash pattern (dash and gap lengths; [] for solid), as the graph draws an edge. */
export function lineGlyph(color: string, dash: readonly number[], width = 3): SVGSVGElement {
  const root = svg('svg', { width: 28, height: 12, viewBox: '0 0 28 12', 'aria-hidden': 'true', class: 'glyph' });
  root.append(svg('line', { x1: 1, y1: 6, x2: 27, y2: 6, stroke: color, 'stroke-width': width, 'stroke-dasharray': dash.length ? dash.join(' ') : 'none' }));
  return root;
}

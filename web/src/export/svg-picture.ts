// The graph as an SVG a newsroom can edit and publish: the same title, filters, date, legend and credit as the
// PNG, around the visible actors and connections drawn from the model at their places on the canvas. Labels
// follow the page's rule: the most connected first, none overlapping another.
import { pickLabels } from '../graph/declutter.js';
import { edgeWidth, nodeSize, shortLabel } from '../graph/elements.js';
import { labelWidth } from '../graph/labels.js';
import type { GraphModel } from '../graph/model.js';
import { kindLook, POLARITY_COLOR, TIE_COLOR, TIE_LOOK } from '../graph/palette.js';
import type { TieType } from '../api/types.js';
import { LEGEND_LINE, labelOffset, legendRows, type Caption } from './caption.js';
import { edgePaths, px } from './edge-paths.js';

const WIDTH = 1400;
const PAD = 24;
const FONT = 'system-ui, sans-serif';
const LABEL_PX = 12;
const MAX_GRAPH_HEIGHT = 1000;

const esc = (v: string) => v.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Wraps text to lines of at most `width` pixels at this font size. */
function wrap(text: string, px: number, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && labelWidth(next, px, false) > width) { out.push(line); line = word; } else line = next;
  }
  return line ? [...out, line] : out;
}

const SIDES: Record<string, number> = { triangle: 3, diamond: 4, hexagon: 6, octagon: 8 };
/** Kinds drawn as a (rounded) square: the canvas's rectangles and tags. */
const isSquare = (kind: string) => { const shape = kindLook(kind).shape; return shape.includes('rect') || shape === 'round-tag'; };

/** A node's outline: a circle, a rounded square or a regular polygon, as the canvas draws its kind. */
function shape(kind: string, x: number, y: number, r: number): string {
  const look = kindLook(kind);
  const fill = `fill="${look.color}" stroke="#ffffff" stroke-width="1.5"`;
  const sides = SIDES[look.shape];
  if (!sides && !isSquare(kind)) return `<circle cx="${px(x)}" cy="${px(y)}" r="${px(r)}" ${fill}/>`;
  if (!sides) return `<rect x="${px(x - r)}" y="${px(y - r)}" width="${px(2 * r)}" height="${px(2 * r)}" rx="${px(r / 4)}" ${fill}/>`;
  const turn = sides === 4 ? 0 : -Math.PI / 2;
  const points = Array.from({ length: sides }, (_, i) => `${px(x + r * Math.cos(turn + (2 * Math.PI * i) / sides))},${px(y + r * Math.sin(turn + (2 * Math.PI * i) / sides))}`);
  return `<polygon points="${points.join(' ')}" ${fill}/>`;
}

/** The SVG text of the visible graph with its caption; `positions` are the canvas's model coordinates. */
export function newsroomSvg(graph: GraphModel, positions: ReadonlyMap<string, { x: number; y: number }>, caption: Caption): string {
  const nodes = graph.shownNodes().filter((n) => positions.has(n.id)).map((n) => ({ ...n, ...positions.get(n.id)!, r: nodeSize(n.spokenAbout) / 2 }));
  const placed = new Set(nodes.map((n) => n.id));
  const edges = graph.shownEdges().filter((e) => placed.has(e.source) && placed.has(e.target));
  const x1 = Math.min(...nodes.map((n) => n.x - n.r));
  const x2 = Math.max(...nodes.map((n) => n.x + n.r));
  const y1 = Math.min(...nodes.map((n) => n.y - n.r));
  const y2 = Math.max(...nodes.map((n) => n.y + n.r));
  // The graph fills the width, or a page's height if it is tall (and is never drawn larger than twice the
  // canvas's size); labels keep a steady size.
  const scale = nodes.length ? Math.min(2, (WIDTH - 2 * PAD - 120) / Math.max(x2 - x1, 1), MAX_GRAPH_HEIGHT / Math.max(y2 - y1, 1)) : 1;
  const filters = wrap(caption.filters, 13, WIDTH - 2 * PAD);
  const top = PAD + 30 + filters.length * 18 + 16;
  const graphHeight = nodes.length ? (y2 - y1) * scale + 40 : 0;
  // Where each actor is drawn, and how large (sizes grow less than distances when the graph is small).
  const left = (WIDTH - (x2 - x1) * scale) / 2;
  const drawn = new Map(nodes.map((n) => [n.id, { X: left + (n.x - x1) * scale, Y: top + 10 + (n.y - y1) * scale, R: n.r * Math.min(scale, 1.5), square: isSquare(n.kind) }]));

  const degree = new Map(nodes.map((n) => [n.id, graph.shownEdgesOf(n.id).length]));
  const ordered = [...nodes].sort((a, b) => degree.get(b.id)! - degree.get(a.id)! || b.spokenAbout - a.spokenAbout);
  const labelled = pickLabels(ordered.map((n) => {
    const { X, Y, R } = drawn.get(n.id)!;
    const half = labelWidth(shortLabel(n.label), LABEL_PX, false) / 2 + 3;
    return { id: n.id, x1: X - half, x2: X + half, y1: Y + R + 2, y2: Y + R + 2 + LABEL_PX * 1.3 };
  }));

  const body: string[] = [];
  const markers = Object.entries(POLARITY_COLOR).map(([p, c]) => `<marker id="arrow-${p}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${c}"/></marker>`);
  const lines = edges.map((e) => ({ ...e, width: e.type === 'SPOKE_ABOUT' ? edgeWidth(e.count ?? 1) * Math.min(scale, 1.2) : 1.2 }));
  const paths = edgePaths(lines, drawn);
  for (const e of lines) {
    const d = `d="${paths.get(e.key)!}" fill="none" stroke-width="${px(e.width)}"`;
    if (e.type === 'SPOKE_ABOUT') {
      const polarity = e.polarity ?? 'neutral';
      body.push(`<path ${d} stroke="${POLARITY_COLOR[polarity]}" opacity="0.85" marker-end="url(#arrow-${polarity})"/>`);
    } else {
      const dash = TIE_LOOK[e.type as TieType]?.dash ?? [];
      body.push(`<path ${d} stroke="${TIE_COLOR}" opacity="0.7"${dash.length ? ` stroke-dasharray="${dash.join(' ')}"` : ''}/>`);
    }
  }
  for (const n of nodes) {
    const { X, Y, R } = drawn.get(n.id)!;
    body.push(`<g>${shape(n.kind, X, Y, R)}<title>${esc(n.label)}</title></g>`);
    if (labelled.has(n.id)) {
      body.push(`<text x="${px(X)}" y="${px(Y + R + 2 + LABEL_PX)}" text-anchor="middle" font-size="${LABEL_PX}" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(shortLabel(n.label))}</text>`);
    }
  }

  let y = top + graphHeight + 24;
  const legend: string[] = [];
  const kinds = new Set(nodes.map((n) => n.kind));
  for (const row of legendRows(kinds)) {
    let x = PAD;
    for (const item of row) {
      const label = labelOffset(item);
      const w = label + labelWidth(item.label, 13, false) + 18;
      if (x > PAD && x + w > WIDTH - PAD) { x = PAD; y += 22; }
      legend.push('dot' in item
        ? `<circle cx="${x + 8}" cy="${y - 5}" r="7" fill="${item.dot}"/>`
        : `<line x1="${x}" y1="${y - 5}" x2="${x + LEGEND_LINE}" y2="${y - 5}" stroke="${item.line}" stroke-width="3"${item.dash.length ? ` stroke-dasharray="${item.dash.join(' ')}"` : ''}/>`);
      legend.push(`<text x="${x + label}" y="${y}" font-size="13" fill="#111827">${esc(item.label)}</text>`);
      x += w;
    }
    y += 22;
  }
  const credit = wrap(caption.credit, 13, WIDTH - 2 * PAD);
  const height = y + credit.length * 18 + PAD;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${px(height)}" viewBox="0 0 ${WIDTH} ${px(height)}" font-family="${FONT}">`,
    `<title>${esc(caption.title)}</title>`,
    `<defs>${markers.join('')}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 18}" font-size="20" font-weight="bold" fill="#111827">${esc(caption.title)}</text>`,
    `<text x="${WIDTH - PAD}" y="${PAD + 18}" font-size="13" fill="#4b5563" text-anchor="end">${esc(caption.date)}</text>`,
    ...filters.map((l, i) => `<text x="${PAD}" y="${PAD + 26 + (i + 1) * 18}" font-size="13" fill="#374151">${esc(l)}</text>`),
    `<g class="graph">${body.join('')}</g>`,
    `<g class="legend">${legend.join('')}</g>`,
    ...credit.map((l, i) => `<text x="${PAD}" y="${px(y + i * 18)}" font-size="13" fill="#4b5563">${esc(l)}</text>`),
    `</svg>`,
  ].join('\n');
}

// Where the SVG draws each connection. The edges between one pair of actors (what each said of the other, a tie
// beside what was said) bow apart, as Cytoscape's bezier edges do on the canvas, instead of one line covering
// the others; a pair's only edge is straight, and what an actor said of itself is a loop above it. Every line
// stops at its target's rim, so the arrow head shows.

/** An actor as drawn: its centre, its radius, and whether its outline is a (rounded) square. */
export interface DrawnNode { X: number; Y: number; R: number; square: boolean }

export interface DrawnEdge { key: string; source: string; target: string; width: number }

/**
 * How far apart neighbouring edges of one pair run at their middle, in picture pixels: at least MIN_STEP, and
 * GAP more than the pair's widest line, so that no stroke covers another.
 */
const GAP = 6;
const MIN_STEP = 16;

/** A coordinate as the SVG writes it: to a tenth of a pixel. */
export const px = (n: number) => Number(n.toFixed(1));

/** A loop out of the node's top and back into it, reaching about `size` above its rim. */
function loop(n: DrawnNode, size: number): string {
  // Both ends on the rim: a square's top side, or a circle's at 30 degrees either side of its top.
  const [dx, dy] = [n.R / 2, n.square ? n.R : n.R * Math.sqrt(3) / 2];
  const top = n.Y - n.R - size * 1.3;
  const [left, right, y] = [px(n.X - dx), px(n.X + dx), px(n.Y - dy)];
  return `M${left} ${y}C${px(left - size)} ${px(top)} ${px(right + size)} ${px(top)} ${right} ${y}`;
}

/** The point where a line arriving in direction (ux, uy) meets the node's rim. */
function rimPoint(t: DrawnNode, ux: number, uy: number): string {
  // A square's rim is further out towards its corners than a circle's.
  const along = Math.max(Math.abs(ux), Math.abs(uy));
  const rim = t.square && along > 0 ? t.R / along : t.R;
  return `${px(t.X - ux * rim)} ${px(t.Y - uy * rim)}`;
}

/** The SVG path data of each edge, under its key. */
export function edgePaths(edges: readonly DrawnEdge[], drawn: ReadonlyMap<string, DrawnNode>): Map<string, string> {
  const pairs = new Map<string, { ends: string[]; edges: DrawnEdge[] }>();
  for (const e of edges) {
    const ends = [e.source, e.target].sort();
    const pair = JSON.stringify(ends);
    const group = pairs.get(pair);
    if (group) group.edges.push(e); else pairs.set(pair, { ends, edges: [e] });
  }
  const out = new Map<string, string>();
  for (const { ends: [first, second], edges: group } of pairs.values()) {
    const step = Math.max(MIN_STEP, Math.max(...group.map((e) => e.width)) + GAP);
    if (first === second) {
      group.forEach((e, i) => out.set(e.key, loop(drawn.get(first!)!, MIN_STEP + i * step)));
      continue;
    }
    // Offsets are measured across the pair's own direction (from its first id to its second), so an edge and its
    // reverse bow to opposite sides when they take opposite offsets. Two actors drawn at one place bow upwards.
    const [a, b] = [drawn.get(first!)!, drawn.get(second!)!];
    const length = Math.hypot(b.X - a.X, b.Y - a.Y);
    const [nx, ny] = length > 0 ? [-(b.Y - a.Y) / length, (b.X - a.X) / length] : [0, -1];
    [...group].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).forEach((e, i) => {
      const offset = (i - (group.length - 1) / 2) * step;
      const [s, t] = [drawn.get(e.source)!, drawn.get(e.target)!];
      // A quadratic curve passes halfway to its control point, so the control point sits at twice the offset.
      const [cx, cy] = [(s.X + t.X) / 2 + 2 * offset * nx, (s.Y + t.Y) / 2 + 2 * offset * ny];
      const toward = Math.hypot(t.X - cx, t.Y - cy) || 1;
      const end = rimPoint(t, (t.X - cx) / toward, (t.Y - cy) / toward);
      const start = `M${px(s.X)} ${px(s.Y)}`;
      out.set(e.key, offset === 0 ? `${start}L${end}` : `${start}Q${px(cx)} ${px(cy)} ${end}`);
    });
  }
  return out;
}

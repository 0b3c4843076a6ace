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

const num = (n: number) => Number(n.toFixed(1));

/** A loop out of the node's top and back into it, reaching about `size` above its rim. */
function loop(n: DrawnNode, size: number): string {
  // Both ends on the rim: a square's top side, or a circle's at 60 degrees either side of its top.
  const [dx, dy] = [n.R / 2, n.square ? n.R : n.R * Math.sqrt(3) / 2];
  const top = n.Y - n.R - size * 1.3;
  return `M${num(n.X - dx)} ${num(n.Y - dy)}C${num(n.X - dx - size)} ${num(top)} ${num(n.X + dx + size)} ${num(top)} ${num(n.X + dx)} ${num(n.Y - dy)}`;
}

/** The SVG path data of each edge, under its key. */
export function edgePaths(edges: readonly DrawnEdge[], drawn: ReadonlyMap<string, DrawnNode>): Map<string, string> {
  const pairs = new Map<string, DrawnEdge[]>();
  for (const e of edges) {
    const pair = [e.source, e.target].sort().join('\n');
    const group = pairs.get(pair);
    if (group) group.push(e); else pairs.set(pair, [e]);
  }
  const out = new Map<string, string>();
  for (const group of pairs.values()) {
    const step = Math.max(MIN_STEP, Math.max(...group.map((e) => e.width)) + GAP);
    if (group[0]!.source === group[0]!.target) {
      const node = drawn.get(group[0]!.source)!;
      group.forEach((e, i) => out.set(e.key, loop(node, MIN_STEP + i * step)));
      continue;
    }
    // Offsets are measured across the pair's own direction (from its first id to its second), so an edge and its
    // reverse bow to opposite sides when they take opposite offsets.
    const [first, second] = [group[0]!.source, group[0]!.target].sort();
    const [a, b] = [drawn.get(first!)!, drawn.get(second!)!];
    const length = Math.hypot(b.X - a.X, b.Y - a.Y) || 1;
    const [nx, ny] = [-(b.Y - a.Y) / length, (b.X - a.X) / length];
    [...group].sort((x, y) => (x.key < y.key ? -1 : 1)).forEach((e, i) => {
      const offset = (i - (group.length - 1) / 2) * step;
      const [s, t] = [drawn.get(e.source)!, drawn.get(e.target)!];
      // A quadratic curve passes halfway to its control point, so the control point sits at twice the offset.
      const [cx, cy] = [(s.X + t.X) / 2 + 2 * offset * nx, (s.Y + t.Y) / 2 + 2 * offset * ny];
      const toward = Math.hypot(t.X - cx, t.Y - cy) || 1;
      const [ux, uy] = [(t.X - cx) / toward, (t.Y - cy) / toward];
      // A square's rim is further out towards its corners than a circle's.
      const rim = t.square ? t.R / Math.max(Math.abs(ux), Math.abs(uy)) : t.R;
      const end = `${num(t.X - ux * rim)} ${num(t.Y - uy * rim)}`;
      out.set(e.key, offset === 0 ? `M${num(s.X)} ${num(s.Y)}L${end}` : `M${num(s.X)} ${num(s.Y)}Q${num(cx)} ${num(cy)} ${end}`);
    });
  }
  return out;
}

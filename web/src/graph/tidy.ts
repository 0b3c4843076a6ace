// The step after any layout, on plain data: no node on top of another, and actors without connections in rows
// under the rest. Positions in, positions out; the caller moves the drawn nodes once.
import type { Position } from 'cytoscape';
import { separate } from './overlap.js';
import { degreesWithin, type PlainGraph } from './plain-graph.js';

/** Where the graph's nodes go after the layout left them `at`; `label` orders the unconnected actors' rows. */
export function tidyPositions(graph: PlainGraph, at: Record<string, Position>, label: (id: string) => string): Record<string, Position> {
  const degree = degreesWithin(graph);
  const linked = graph.nodes.filter((id) => degree.get(id)! > 0);
  const alone = graph.nodes.filter((id) => degree.get(id) === 0);
  const discs = separate(linked.map((id) => ({ id, ...at[id], r: graph.sizes.get(id)! / 2 })), 10);
  const out: Record<string, Position> = {};
  for (const d of discs) out[d.id] = { x: d.x, y: d.y };
  if (!alone.length) return out;
  const x1 = linked.length ? Math.min(...discs.map((d) => d.x - d.r)) : 0;
  const x2 = linked.length ? Math.max(...discs.map((d) => d.x + d.r)) : 900;
  const bottom = linked.length ? Math.max(...discs.map((d) => d.y + d.r)) + 90 : 0;
  const perRow = Math.max(4, Math.floor((x2 - x1) / 110));
  alone.sort((a, b) => label(a).localeCompare(label(b))).forEach((id, i) => {
    out[id] = { x: x1 + (i % perRow) * 110 + 30, y: bottom + Math.floor(i / perRow) * 70 };
  });
  return out;
}

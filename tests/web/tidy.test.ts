// The step after a layout, on plain data: overlapping actors pushed apart, unconnected ones in rows underneath.
import { describe, expect, it } from 'vitest';
import type { PlainGraph } from '../../web/src/graph/plain-graph.js';
import { tidyPositions } from '../../web/src/graph/tidy.js';

const graph = (nodes: string[], edges: [string, string][], size = 20): PlainGraph => ({ nodes, edges, sizes: new Map(nodes.map((id) => [id, size])) });
const label = (id: string) => id.toUpperCase();

describe('tidying a layout', () => {
  it('leaves connected actors that are already apart where they are', () => {
    const at = { a: { x: 0, y: 0 }, b: { x: 200, y: 0 }, c: { x: 0, y: 200 } };
    expect(tidyPositions(graph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]), at, label)).toEqual(at);
  });

  it('pushes overlapping actors apart to their radii plus a gap of 10, even ones on the same spot', () => {
    const out = tidyPositions(graph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']]), { a: { x: 0, y: 0 }, b: { x: 5, y: 0 }, c: { x: 5, y: 0 } }, label);
    for (const [p, q] of [['a', 'b'], ['b', 'c'], ['a', 'c']]) expect(Math.hypot(out[p].x - out[q].x, out[p].y - out[q].y)).toBeGreaterThan(29);
  });

  it('puts actors without connections in rows under the rest, by name, from the left edge', () => {
    const at = { a: { x: 0, y: 0 }, b: { x: 500, y: 100 }, z: { x: 9, y: 9 }, m: { x: 9, y: 9 }, q: { x: 1, y: 1 } };
    const out = tidyPositions(graph(['a', 'b', 'z', 'm', 'q'], [['a', 'b']]), at, label);
    // Left edge at -10 (a's radius), bottom at 110 (b's), then 90 further down; 110 apart in a row.
    expect([out.m, out.q, out.z]).toEqual([{ x: 20, y: 200 }, { x: 130, y: 200 }, { x: 240, y: 200 }]);
    expect(out.a).toEqual(at.a);
  });

  it('counts only edges among the tidied actors; a loop is a connection, as Cytoscape counts it', () => {
    const out = tidyPositions(graph(['a', 'b'], [['a', 'outside'], ['b', 'b']]), { a: { x: 0, y: 0 }, b: { x: 50, y: 0 } }, label);
    // a is alone: under b, from b's left edge (40) plus 30, b's bottom (10) plus 90.
    expect(out).toEqual({ b: { x: 50, y: 0 }, a: { x: 70, y: 100 } });
  });
});

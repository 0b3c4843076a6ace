// The concentric layout on plain data places every actor exactly where Cytoscape's own concentric layout does.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { concentricPositions } from '../../web/src/graph/concentric-layout.js';
import type { PlainGraph } from '../../web/src/graph/plain-graph.js';

/** A deterministic graph with hubs, loops, ties in degree, unconnected actors and sizes that vary. */
function sample(n: number): PlainGraph {
  let seed = 7;
  const r = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
  const nodes = Array.from({ length: n }, (_, i) => `a${i}`);
  const edges: [string, string][] = [];
  for (let i = 1; i < n - 5; i++) edges.push([nodes[i], nodes[Math.floor(r() * r() * i)]]);
  for (let i = 0; i < n; i++) edges.push([nodes[Math.floor(r() * (n - 5))], nodes[Math.floor(r() * (n - 5))]]);
  return { nodes, edges, sizes: new Map(nodes.map((id) => [id, 20 + Math.floor(r() * 54)])) };
}

/** Where Cytoscape's concentric layout, with the options the explorer used, puts the nodes. */
function cytoscapeConcentric(graph: PlainGraph, border: number) {
  const cy = cytoscape({
    headless: true, styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': border } }],
    elements: [
      ...graph.nodes.map((id) => ({ group: 'nodes' as const, data: { id, size: graph.sizes.get(id) } })),
      ...graph.edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
    ],
  });
  const degree = (n: cytoscape.NodeSingular) => n.connectedEdges().length;
  cy.layout({ name: 'concentric', fit: false, animate: false, concentric: degree, levelWidth: () => 4, minNodeSpacing: 30, avoidOverlap: true, boundingBox: { x1: 0, y1: 0, w: 800, h: 600 } } as never).run();
  return Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()]));
}

describe('the concentric layout on plain data', () => {
  it('gives the positions Cytoscape\'s concentric layout gives, to the last bit', () => {
    for (const n of [12, 40, 600]) {
      const graph = sample(n);
      expect(concentricPositions(graph, { x: 400, y: 300 }, 1.5)).toEqual(cytoscapeConcentric(graph, 1.5));
    }
  });

  it('puts the most connected actor in the middle and rings further out for fewer connections', () => {
    const graph: PlainGraph = { nodes: ['hub', 'a', 'b', 'c', 'd', 'e'], edges: [['a', 'hub'], ['b', 'hub'], ['c', 'hub'], ['d', 'hub'], ['e', 'hub']], sizes: new Map([['hub', 40], ['a', 20], ['b', 20], ['c', 20], ['d', 20], ['e', 20]]) };
    const at = concentricPositions(graph, { x: 0, y: 0 }, 0);
    expect(at.hub).toEqual({ x: 0, y: 0 });
    const radii = ['a', 'b', 'c', 'd', 'e'].map((id) => Math.hypot(at[id].x, at[id].y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0], 9);
    // Spaced by the largest node's size plus 30.
    expect(radii[0]).toBeGreaterThanOrEqual(40 + 30);
  });
});

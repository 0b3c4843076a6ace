// The graph as plain ids and sizes, for layouts that compute positions without Cytoscape: walking its
// collections and reading its styles costs far more than the arithmetic of a layout.
import type { ElementDefinition, NodeCollection } from 'cytoscape';

/** Nodes in drawing order (it breaks a layout's ties), edges as [source, target], each node's diameter. */
export interface PlainGraph { nodes: string[]; edges: [string, string][]; sizes: ReadonlyMap<string, number> }

export const plainGraph = (defs: ElementDefinition[]): PlainGraph => {
  const nodes = defs.filter((d) => d.group === 'nodes');
  return {
    nodes: nodes.map((d) => d.data.id!),
    edges: defs.filter((d) => d.group === 'edges').map((d) => [d.data.source as string, d.data.target as string]),
    sizes: new Map(nodes.map((d) => [d.data.id!, d.data.size as number])),
  };
};

/** The same for drawn nodes and the edges among them. */
export const graphOf = (nodes: NodeCollection): PlainGraph => ({
  nodes: nodes.map((n) => n.id()),
  edges: nodes.edgesWith(nodes).map((e) => [e.data('source') as string, e.data('target') as string]),
  sizes: new Map(nodes.map((n) => [n.id(), n.data('size') as number])),
});

/** Each node's connections among the graph's nodes, in one pass over the edges (per-node filters are quadratic at hubs). */
export function degreesWithin(graph: Pick<PlainGraph, 'nodes' | 'edges'>): Map<string, number> {
  const degree = new Map(graph.nodes.map((id) => [id, 0]));
  for (const [s, t] of graph.edges) {
    if (!degree.has(s) || !degree.has(t)) continue;
    // A loop is one connection of its actor, as Cytoscape's connectedEdges() counts it.
    degree.set(s, degree.get(s)! + 1);
    if (t !== s) degree.set(t, degree.get(t)! + 1);
  }
  return degree;
}

// Cytoscape JSON (the `elements` format Cytoscape Desktop and Cytoscape.js read): every node and
// relationship, unfolded. Edges carry `interaction` (Cytoscape's edge type column) and `label`.
import type { PropertyGraph } from './property-graph.js';

export function toCytoscape(g: PropertyGraph) {
  return {
    format_version: '1.0', generated_by: 'stancegraph', target_cytoscapejs_version: '~3',
    data: { name: 'stancegraph' },
    elements: {
      nodes: g.nodes.map((n) => ({ data: { id: n.id, label: n.caption, type: n.label, ...n.props } })),
      edges: g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, interaction: e.type, label: e.type, ...e.props } })),
    },
  };
}

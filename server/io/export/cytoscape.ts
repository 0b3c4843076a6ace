// Cytoscape JSON (the `elements` format Cytoscape Desktop and Cytoscape.js read): every node and
// relationship, unfolded. Edges carry `interaction` (Cytoscape's edge type column) and `label`.
import type { PropertyGraph, Value } from './property-graph.js';

/**
 * Cytoscape reads `source` in an edge's data as the edge's start, so a tie's own `source` property (the
 * Source document it is cited in) is written as `sourceDocument`; the element's own fields are set last.
 */
const RENAMED: Record<string, string> = { source: 'sourceDocument' };
const safe = (props: Record<string, Value>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [RENAMED[k] ?? k, v]));

export function toCytoscape(g: PropertyGraph) {
  return {
    format_version: '1.0', generated_by: 'stancegraph', target_cytoscapejs_version: '~3',
    data: { name: 'stancegraph' },
    elements: {
      nodes: g.nodes.map((n) => ({ data: { ...safe(n.props), id: n.id, label: n.caption, type: n.label } })),
      edges: g.edges.map((e) => ({ data: { ...safe(e.props), id: e.id, source: e.source, target: e.target, interaction: e.type, label: e.type } })),
    },
  };
}

// Cytoscape JSON (the `elements` format Cytoscape Desktop and Cytoscape.js read): every node and
// relationship, unfolded. Edges carry `interaction` (Cytoscape's edge type column) and `label`.
import type { StreamedGraph, Value } from './property-graph.js';
import { separator } from './separator.js';

/**
 * Cytoscape reads `source` in an edge's data as the edge's start, so a tie's own `source` property (the
 * Source document it is cited in) is written as `sourceDocument`; the element's own fields are set last.
 */
const RENAMED: Record<string, string> = { source: 'sourceDocument' };
const safe = (props: Record<string, Value>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [RENAMED[k] ?? k, v]));

const HEAD = { format_version: '1.0', generated_by: 'stancegraph', target_cytoscapejs_version: '~3', data: { name: 'stancegraph' } };

/** The Cytoscape JSON text (one line), written as the graph is read, a page of nodes or edges at a time. */
export async function* cytoscape(g: StreamedGraph): AsyncGenerator<string> {
  const element = (next: () => string) => (data: object) => `${next()}${JSON.stringify({ data })}`;
  yield `${JSON.stringify(HEAD).slice(0, -1)},"elements":{"nodes":[`;
  const node = element(separator(','));
  for await (const nodes of g.nodes()) yield nodes.map((n) => node({ ...safe(n.props), id: n.id, label: n.caption, type: n.label })).join('');
  yield '],"edges":[';
  const edge = element(separator(','));
  for await (const edges of g.edges()) yield edges.map((e) => edge({ ...safe(e.props), id: e.id, source: e.source, target: e.target, interaction: e.type, label: e.type })).join('');
  yield ']}}\n';
}

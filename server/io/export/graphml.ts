// GraphML (http://graphml.graphdrawing.org/): every key declared before the graph with its domain and
// attr.type, a directed graph of every node and relationship, for Gephi, Cytoscape Desktop and yEd.
// Node `label` is a display caption and `type` the node label; edge `label` is the relationship type.
import { attrs, esc } from './xml.js';
import { EDGE_PROPS, NODE_PROPS, flat, propertyKeys, type PropSpec, type StreamedGraph, type Value } from './property-graph.js';

const META: PropSpec[] = [{ name: 'label', type: 'string' }, { name: 'type', type: 'string' }];

/** The GraphML text, written as the graph is read: the keys, then a page of nodes or edges at a time. */
export async function* graphml(g: StreamedGraph): AsyncGenerator<string> {
  // A Position's own `label` is its caption too, so it shares the key.
  const nodeKeys = propertyKeys([META, ...Object.values(NODE_PROPS)]);
  const edgeKeys = propertyKeys([META, ...Object.values(EDGE_PROPS)]);
  const keyId = (domain: 'n' | 'e', name: string) => `${domain}_${name}`;
  const data = (domain: 'n' | 'e', values: Record<string, Value>) => Object.entries(values)
    .map(([k, v]) => [k, flat(v)] as const).filter(([, v]) => v !== null)
    .map(([k, v]) => `      <data key="${keyId(domain, k)}">${esc(v!)}</data>\n`).join('');
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    // Dates and lists are written as strings: GraphML's attr.type has no date or list type.
    ...nodeKeys.map((k) => `  <key${attrs({ id: keyId('n', k.name), for: 'node', 'attr.name': k.name, 'attr.type': 'string' })}/>\n`),
    ...edgeKeys.map((k) => `  <key${attrs({ id: keyId('e', k.name), for: 'edge', 'attr.name': k.name, 'attr.type': 'string' })}/>\n`),
    '  <graph id="stancegraph" edgedefault="directed">\n',
  ].join('');
  for await (const nodes of g.nodes()) yield nodes.map((n) => `    <node${attrs({ id: n.id })}>\n${data('n', { label: n.caption, type: n.label, ...n.props })}    </node>\n`).join('');
  for await (const edges of g.edges()) yield edges.map((e) => `    <edge${attrs({ id: e.id, source: e.source, target: e.target })}>\n${data('e', { label: e.type, type: e.type, ...e.props })}    </edge>\n`).join('');
  yield '  </graph>\n</graphml>\n';
}

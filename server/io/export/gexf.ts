// GEXF 1.3 (https://gexf.net/), Gephi's own format: attributes declared per class, a directed static
// graph; an edge's `kind` is its relationship type, so Gephi keeps two ties of different types apart.
// Every attribute is a string (dates as YYYY-MM-DD, aliases joined with "; "), as in the GraphML export.
import { attrs, esc } from './xml.js';
import { EDGE_PROPS, NODE_PROPS, flat, propertyKeys, type PropSpec, type StreamedGraph, type Value } from './property-graph.js';

/** The GEXF text, written as the graph is read: the declarations, then a page of nodes or edges at a time. */
export async function* gexf(g: StreamedGraph, generated = new Date()): AsyncGenerator<string> {
  const nodeKeys: PropSpec[] = [{ name: 'type', type: 'string' }, ...propertyKeys(Object.values(NODE_PROPS))];
  const edgeKeys = propertyKeys(Object.values(EDGE_PROPS));
  const declare = (cls: string, keys: PropSpec[]) =>
    `    <attributes class="${cls}">\n${keys.map((k) => `      <attribute${attrs({ id: k.name, title: k.name, type: 'string' })}/>\n`).join('')}    </attributes>\n`;
  const values = (v: Record<string, Value>) => {
    const set = Object.entries(v).map(([k, x]) => [k, flat(x)] as const).filter(([, x]) => x !== null);
    if (set.length === 0) return '';
    return `        <attvalues>\n${set.map(([k, x]) => `          <attvalue${attrs({ for: k, value: x })}/>\n`).join('')}        </attvalues>\n`;
  };
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n',
    `  <meta lastmodifieddate="${generated.toISOString().slice(0, 10)}">\n    <creator>stancegraph</creator>\n    <description>${esc('Who said what about whom: actors, statements, sources, positions, events and places')}</description>\n  </meta>\n`,
    '  <graph defaultedgetype="directed" mode="static">\n',
    declare('node', nodeKeys),
    declare('edge', edgeKeys),
    '    <nodes>\n',
  ].join('');
  for await (const nodes of g.nodes()) yield nodes.map((n) => `      <node${attrs({ id: n.id, label: n.caption })}>\n${values({ type: n.label, ...n.props })}      </node>\n`).join('');
  yield '    </nodes>\n    <edges>\n';
  for await (const edges of g.edges()) yield edges.map((e) => `      <edge${attrs({ id: e.id, source: e.source, target: e.target, label: e.type, kind: e.type })}>\n${values(e.props)}      </edge>\n`).join('');
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

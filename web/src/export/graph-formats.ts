// The visible graph as GraphML (yEd, Gephi, Cytoscape desktop) and GEXF (Gephi): actors with their kind and
// counts, connections with their type, statement count and dominant polarity.
export interface PlainNode { id: string; label: string; kind: string; said: number; spokenAbout: number }
export interface PlainEdge { id: string; source: string; target: string; type: string; count: number; polarity: string; firstDate: string; lastDate: string }

const esc = (v: string | number) => String(v).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const NODE_KEYS = [['label', 'string'], ['kind', 'string'], ['said', 'int'], ['spokenAbout', 'int']] as const;
const EDGE_KEYS = [['type', 'string'], ['count', 'int'], ['polarity', 'string'], ['firstDate', 'string'], ['lastDate', 'string']] as const;

export function graphml(nodes: PlainNode[], edges: PlainEdge[]): string {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const data = (prefix: string, keys: readonly (readonly [string, string])[], o: Record<string, string | number>) =>
    keys.map(([k]) => `<data key="${prefix}_${k}">${esc(o[k] ?? '')}</data>`).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">', ...keys,
    '  <graph id="stancegraph" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${esc(n.id)}">${data('n', NODE_KEYS, { ...n })}</node>`),
    ...edges.map((e) => `    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">${data('e', EDGE_KEYS, { ...e })}</edge>`),
    '  </graph>', '</graphml>', '',
  ].join('\n');
}

export function gexf(nodes: PlainNode[], edges: PlainEdge[], date: string): string {
  const attrs = (cls: string, keys: readonly (readonly [string, string])[]) => [
    `    <attributes class="${cls}">`, ...keys.filter(([k]) => k !== 'label').map(([k, t], i) => `      <attribute id="${i}" title="${k}" type="${t === 'int' ? 'integer' : 'string'}"/>`), '    </attributes>'];
  const values = (keys: readonly (readonly [string, string])[], o: Record<string, string | number>) =>
    `<attvalues>${keys.filter(([k]) => k !== 'label').map(([k], i) => `<attvalue for="${i}" value="${esc(o[k] ?? '')}"/>`).join('')}</attvalues>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${date}"><creator>stancegraph</creator></meta>`,
    '  <graph defaultedgetype="directed">', ...attrs('node', NODE_KEYS), ...attrs('edge', EDGE_KEYS),
    '    <nodes>', ...nodes.map((n) => `      <node id="${esc(n.id)}" label="${esc(n.label)}">${values(NODE_KEYS, { ...n })}</node>`), '    </nodes>',
    '    <edges>', ...edges.map((e) => `      <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}" weight="${e.count}">${values(EDGE_KEYS, { ...e })}</edge>`), '    </edges>',
    '  </graph>', '</gexf>', '',
  ].join('\n');
}

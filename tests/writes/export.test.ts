// Exports of the seeded graph: GraphML checked against the GraphML structure rules (no XSD validator
// is available offline, so the test checks what graphml-structure.xsd requires: the namespace, every
// key declared before the graph with a valid domain and attr.type, data naming declared keys of the
// right domain, unique node and edge ids, edges between existing nodes), GEXF 1.3 likewise, Cytoscape
// JSON, the neo4j-admin CSV zip, and a filter's export as a valid, self-contained seed file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { crossCheck } from '../../server/domain/dataset.js';
import { SeedFile } from '../../server/domain/records.js';
import type { GraphStore } from '../../server/store/store.js';
import { seedDataFiles } from '../helpers/stores.js';
import { send, snapshot, writableApp } from './harness.js';

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
let total: { nodes: number; edges: number };
beforeAll(async () => {
  ({ app, store, close } = await writableApp({}, await seedDataFiles()));
  const s = await snapshot(store);
  const d = (await send(app, 'none', 'GET', '/api/export?format=json')).body;
  // One SAID per speaker (a joint text has several), one RELAYED when someone passed the words on.
  const edges = d.statements.reduce((n: number, x: any) => n + Math.max(1, x.speakers.length) + (x.relayedBy ? 1 : 0) + x.about.length + x.positions.length + x.sources.length + x.respondsTo.length, 0)
    + d.events.reduce((n: number, e: any) => n + e.places.length + e.participants.length + e.sources.length, 0) + d.ties.length;
  total = { nodes: Object.values(s.nodes).reduce((a, b) => a + b, 0), edges };
});
afterAll(() => close());

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['key', 'node', 'edge', 'data', 'attribute', 'attvalue'].includes(name) });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('GraphML', () => {
  it('follows the GraphML structure and holds every node and relationship', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=graphml' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="stancegraph.graphml"');
    expect(XMLValidator.validate(res.body)).toBe(true);
    // Keys come before the graph: GraphML requires key* then graph.
    expect(res.body.indexOf('<key ')).toBeLessThan(res.body.indexOf('<graph '));
    expect(res.body.lastIndexOf('<key ')).toBeLessThan(res.body.indexOf('<graph '));
    const doc = xml.parse(res.body).graphml;
    expect(doc['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    const keys = new Map<string, string>();
    for (const k of asArray<any>(doc.key)) {
      expect(['node', 'edge', 'graph', 'all']).toContain(k['@for']);
      expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(k['@attr.type']);
      expect(k['@attr.name']).toBeTruthy();
      expect(keys.has(k['@id'])).toBe(false);
      keys.set(k['@id'], k['@for']);
    }
    const graph = doc.graph;
    expect(['directed', 'undirected']).toContain(graph['@edgedefault']);
    const nodes = asArray<any>(graph.node), edges = asArray<any>(graph.edge);
    const ids = new Set(nodes.map((n) => n['@id']));
    expect(ids.size).toBe(nodes.length);
    expect(new Set(edges.map((e) => e['@id'])).size).toBe(edges.length);
    for (const n of nodes) for (const d of asArray<any>(n.data)) expect(['node', 'all']).toContain(keys.get(d['@key']));
    for (const e of edges) {
      expect(ids.has(e['@source']) && ids.has(e['@target']), `${e['@id']}`).toBe(true);
      for (const d of asArray<any>(e.data)) expect(['edge', 'all']).toContain(keys.get(d['@key']));
    }
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(total);
    const armenia = nodes.find((n) => n['@id'] === 'armenia');
    expect(asArray<any>(armenia.data).find((d) => d['@key'] === 'n_type')['#text']).toBe('Actor');
  });
});

describe('GEXF', () => {
  it('is GEXF 1.3 with declared attributes and edges between existing nodes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=gexf' });
    expect(XMLValidator.validate(res.body)).toBe(true);
    const doc = xml.parse(res.body).gexf;
    expect(doc['@xmlns']).toBe('http://gexf.net/1.3');
    expect(doc['@version']).toBe('1.3');
    const declared = Object.fromEntries(asArray<any>(doc.graph.attributes).map((a) => [a['@class'], new Set(asArray<any>(a.attribute).map((x) => x['@id']))]));
    const nodes = asArray<any>(doc.graph.nodes.node), edges = asArray<any>(doc.graph.edges.edge);
    const ids = new Set(nodes.map((n) => n['@id']));
    for (const n of nodes) for (const v of asArray<any>(n.attvalues?.attvalue)) expect(declared.node!.has(v['@for'])).toBe(true);
    for (const e of edges) {
      expect(ids.has(e['@source']) && ids.has(e['@target'])).toBe(true);
      for (const v of asArray<any>(e.attvalues?.attvalue)) expect(declared.edge!.has(v['@for'])).toBe(true);
    }
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(total);
  });
});

describe('Cytoscape JSON', () => {
  it('lists every node and relationship as elements', async () => {
    const { body } = await send(app, 'none', 'GET', '/api/export?format=cytoscape');
    const ids = new Set(body.elements.nodes.map((n: any) => n.data.id));
    expect(body.elements.edges.every((e: any) => ids.has(e.data.source) && ids.has(e.data.target) && e.data.interaction)).toBe(true);
    expect({ nodes: body.elements.nodes.length, edges: body.elements.edges.length }).toEqual(total);
  });
});

describe('neo4j-admin CSV', () => {
  it('is a zip of typed node files with :ID and :LABEL, and relationship files between known ids', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=csv' });
    expect(res.headers['content-type']).toBe('application/zip');
    const files = Object.fromEntries(Object.entries(unzipSync(res.rawPayload)).map(([k, v]) => [k.replace('stancegraph-csv/', ''), strFromU8(v)]));
    expect(files['nodes-Actor.csv']!.split('\n')[0]).toBe('id:ID,name,kind,aliases:string[],description,unnamed:boolean,searchText,:LABEL');
    expect(files['nodes-Statement.csv']!.split('\n')[0]).toMatch(/^id:ID,quote,summary,date:date,/);
    expect(files['relationships-MEMBER_OF.csv']!.split('\n')[0]).toBe(':START_ID,:END_ID,:TYPE,role,since:date,until:date,source,excerpt');
    expect(files['import.sh']).toMatch(/neo4j-admin database import full/);
    const firstCell = (line: string) => /^"((?:[^"]|"")*)"/.exec(line)?.[1];
    const records = (text: string) => text.trim().split('\n').slice(1).filter((l) => l.startsWith('"')); // lines that start a record
    const ids = new Set(Object.entries(files).filter(([n]) => n.startsWith('nodes-')).flatMap(([, t]) => records(t).map(firstCell)));
    expect(ids.size).toBe(total.nodes);
    let edges = 0;
    for (const [name, text] of Object.entries(files).filter(([n]) => n.startsWith('relationships-'))) {
      for (const line of text.trim().split('\n').slice(1)) {
        const [start, end] = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
        expect(ids.has(start) && ids.has(end), `${name}: ${line.slice(0, 80)}`).toBe(true);
        edges++;
      }
    }
    expect(edges).toBe(total.edges);
  });
});

describe('filtered export', () => {
  it('holds the filter\'s statements and everything they name, as a valid seed file', async () => {
    const { body } = await send(app, 'none', 'GET', '/api/export?format=json&speaker=russia&from=2023-09-19&to=2023-09-30');
    expect(body.statements.length).toBeGreaterThan(0);
    expect(body.statements.every((s: any) => s.speaker === 'russia' || body.statements.some((o: any) => o.respondsTo.includes(s.id)))).toBe(true);
    const parsed = SeedFile.parse(body);
    expect(crossCheck(parsed)).toEqual([]);
    expect(body.actors.length).toBeLessThan((await snapshot(store)).nodes.Actor);
  });

  it('takes an actor\'s neighbourhood', async () => {
    const { body } = await send(app, 'none', 'GET', '/api/export?format=json&actor=armenia&depth=1');
    expect(crossCheck(SeedFile.parse(body))).toEqual([]);
    expect(body.actors.some((a: any) => a.id === 'armenia')).toBe(true);
  });

  it('answers 404 for an unknown actor and 400 for an unknown format', async () => {
    expect((await send(app, 'none', 'GET', '/api/export?actor=nobody')).status).toBe(404);
    expect((await send(app, 'none', 'GET', '/api/export?format=pdf')).status).toBe(400);
  });
});

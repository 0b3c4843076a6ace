// Every graph export loaded with the library its users' tools use: graphology's GEXF and GraphML
// parsers (what Gephi Lite runs) and headless cytoscape.js. Each loaded graph must hold the records
// of the API's JSON export: every node with its type and caption, every relationship between the
// right ends, with its key property (a stance, an excerpt, a role, a tie's source document).
import cytoscape from 'cytoscape';
import type { FastifyInstance } from 'fastify';
import { MultiDirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speakersOf, type SeedFile } from '../../server/domain/records.js';
import { getJson, seededApp } from '../helpers/app.js';

let app: FastifyInstance, close: () => Promise<void>;
let expected: { nodes: string[]; edges: string[] };
beforeAll(async () => {
  ({ app, close } = await seededApp());
  expected = fromRecords((await getJson(app, '/api/export?format=json')).body);
});
afterAll(() => close());

const node = (id: string, type: string, caption: string) => `${type} ${id} "${caption}"`;
const edge = (type: string, source: string, target: string, key: string | null | undefined) => `${type} ${source} -> ${target} [${key ?? ''}]`;

/** The nodes and relationships the records name, written out here from the seed format. */
function fromRecords(d: SeedFile) {
  const nodes = [
    ...d.actors.map((a) => node(a.id, 'Actor', a.name)), ...d.statements.map((s) => node(s.id, 'Statement', s.summary)),
    ...d.sources.map((s) => node(s.id, 'Source', s.title)), ...d.positions.map((p) => node(p.id, 'Position', p.label)),
    ...d.events.map((e) => node(e.id, 'Event', e.name)), ...d.places.map((p) => node(p.id, 'Place', p.name)),
  ];
  const edges = [
    ...d.statements.flatMap((s) => [
      ...speakersOf(s).map((speaker) => edge('SAID', speaker, s.id, null)),
      ...(s.relayedBy ? [edge('RELAYED', s.relayedBy, s.id, null)] : []),
      ...s.about.map((a) => edge('ABOUT', s.id, a.target, a.stance)),
      ...s.positions.map((p) => edge('TAKES', s.id, p.position, p.stance)),
      ...s.sources.map((c) => edge('CITED_IN', s.id, c.source, c.excerpt)),
      ...s.respondsTo.map((r) => edge('RESPONDS_TO', s.id, r, null)),
    ]),
    ...d.events.flatMap((e) => [
      ...e.places.map((p) => edge('AT', e.id, p, null)),
      ...e.participants.map((p) => edge('PARTICIPATED_IN', p.actor, e.id, p.role)),
      ...e.sources.map((c) => edge('REPORTED_IN', e.id, c.source, c.excerpt)),
    ]),
    ...d.ties.map((t) => edge(t.type, t.from, t.to, t.source)),
  ];
  return { nodes: nodes.sort(), edges: edges.sort() };
}

/** The key property of each relationship type, under the name the export gives it. */
const KEY: Record<string, string> = {
  ABOUT: 'stance', TAKES: 'stance', CITED_IN: 'excerpt', REPORTED_IN: 'excerpt', PARTICIPATED_IN: 'role',
  MEMBER_OF: 'source', HOLDS_OFFICE: 'source', ALLIED_WITH: 'source', SUPPLIES_ARMS_TO: 'source',
};

function fromGraphology(g: MultiDirectedGraph) {
  return {
    nodes: g.mapNodes((id, a) => node(id, a.type, a.label)).sort(),
    edges: g.mapEdges((_e, a, source, target) => edge(a.label, source, target, a[KEY[a.label] ?? ''])).sort(),
  };
}

async function exported(format: string) {
  const res = await app.inject({ method: 'GET', url: `/api/export?format=${format}` });
  expect(res.statusCode).toBe(200);
  return res.body;
}

describe('exports loaded by the tools their users have', () => {
  it('GEXF, read by graphology-gexf as Gephi Lite reads it, holds every node and relationship', async () => {
    const g = gexf.parse(MultiDirectedGraph, await exported('gexf'), { respectInputGraphType: true });
    expect(g.type).toBe('directed');
    expect(fromGraphology(g)).toEqual(expected);
  });

  it('GraphML, read by graphology-graphml, holds every node and relationship', async () => {
    const g = graphml.parse(MultiDirectedGraph, await exported('graphml'));
    expect(fromGraphology(g)).toEqual(expected);
  });

  it('Cytoscape JSON, loaded by headless cytoscape.js, draws every relationship between the right nodes', async () => {
    const doc = JSON.parse(await exported('cytoscape'));
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.json({ elements: doc.elements });
    const loaded = {
      nodes: cy.nodes().map((n) => node(n.id(), n.data('type'), n.data('label'))).sort(),
      edges: cy.edges().map((e) => {
        const type = e.data('interaction') as string;
        const key = KEY[type] === 'source' ? 'sourceDocument' : KEY[type];
        return edge(type, e.source().id(), e.target().id(), key ? e.data(key) : null);
      }).sort(),
    };
    expect(loaded).toEqual(expected);
    // A tie starts at the actor, not at the document it is cited in.
    const alliance = cy.edges('[interaction = "ALLIED_WITH"]').first();
    expect(alliance.source().data('type')).toBe('Actor');
    expect(alliance.target().data('type')).toBe('Actor');
  });

  it('holds the same ties as the API gives for an actor', async () => {
    const actor = (await getJson(app, '/api/actors/armenia')).body;
    type ApiTie = { type: string; from: { id: string }; to: { id: string }; source: string | null };
    const api = new Set([...actor.ties, ...actor.officeHolders].map((t: ApiTie) => edge(t.type, t.from.id, t.to.id, t.source)));
    const isTie = /^(MEMBER_OF|HOLDS_OFFICE|ALLIED_WITH|SUPPLIES_ARMS_TO) (\S+) -> (\S+) /;
    const inExport = expected.edges.filter((e) => { const m = isTie.exec(e); return !!m && (m[2] === 'armenia' || m[3] === 'armenia'); });
    expect(api.size).toBeGreaterThan(0);
    expect([...api].sort()).toEqual(inExport);
  });
});

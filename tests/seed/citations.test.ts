// The seed loader keeps every citation: a record citing one source for several passages keeps each
// excerpt, in the graph, in the statement API and in the JSON export.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import type { GraphStore } from '../../server/store/store.js';
import { getJson, seededApp } from '../helpers/app.js';
import { seedDataFiles } from '../helpers/stores.js';

type Cited = { id: string; sources: { source: string; excerpt: string }[] };
const citations = (records: Cited[]) => new Map(records.map((r) => [r.id, r.sources.map((c) => `${c.source}: ${c.excerpt}`).sort()]));

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>, files: Dataset;
beforeAll(async () => {
  ({ app, store, close } = await seededApp());
  files = await readDataset(await seedDataFiles());
});
afterAll(() => close());

describe('citations after a seed load', () => {
  it('the seed files do cite one source for several passages (else this test proves nothing)', () => {
    const repeated = [...files.statements, ...files.events].filter((r) => new Set(r.sources.map((c) => c.source)).size < r.sources.length);
    expect(repeated.length).toBeGreaterThan(0);
  });

  it('holds one CITED_IN and one REPORTED_IN relationship per citation in the files', async () => {
    const rels = Object.fromEntries((await store.read('count-relationships-by-type')).map((r) => [String(r.type), Number(r.n)]));
    const count = (records: Cited[]) => records.reduce((n, r) => n + new Set(r.sources.map((c) => `${c.source}\u0000${c.excerpt}`)).size, 0);
    expect({ CITED_IN: rels.CITED_IN, REPORTED_IN: rels.REPORTED_IN }).toEqual({ CITED_IN: count(files.statements), REPORTED_IN: count(files.events) });
  });

  it('exports every statement and event with every excerpt the files give it', async () => {
    const { body } = await getJson(app, '/api/export?format=json');
    expect(citations(body.statements)).toEqual(citations(files.statements));
    expect(citations(body.events)).toEqual(citations(files.events));
  });

  it('answers a statement with each excerpt of a source it cites twice', async () => {
    const statement = files.statements.find((s) => new Set(s.sources.map((c) => c.source)).size < s.sources.length)!;
    const { status, body } = await getJson(app, `/api/statements/${statement.id}`);
    expect(status).toBe(200);
    expect(body.sources.map((c: { id: string; excerpt: string }) => `${c.id}: ${c.excerpt}`).sort()).toEqual(citations([statement]).get(statement.id));
  });
});

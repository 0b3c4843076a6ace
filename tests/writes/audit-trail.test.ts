// The audit trail stays usable and true: a change of hundreds of records (an import; a real one held
// 100,050 entries and made GET /api/changes answer 42 MB) is read a page of entries at a time through
// next links, and a PATCH that changes nothing records nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../../server/store/store.js';
import { send, snapshot, writableApp } from './harness.js';

const ACTORS = 450;
let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
beforeAll(async () => ({ app, store, close } = await writableApp()));
afterAll(() => close());

interface Entries { total: number; offset: number; limit: number; next: string | null }
interface ChangeBody { id: string; records: string[]; changes: { kind: string; id: string; op: string }[]; entries: Entries }

describe('a change with many entries', () => {
  let changeId: string;
  beforeAll(async () => {
    const actors = Array.from({ length: ACTORS }, (_, i) => ({ id: `bulk-actor-${i}`, name: `Bulk Actor ${i}`, kind: 'state', aliases: [], description: 'One of many imported at once.' }));
    const res = await send(app, 'editor', 'POST', '/api/import?reason=bulk', { actors });
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
    changeId = res.body.change.id;
  });

  it('is listed with its first entries only, the total and a next link', async () => {
    const res = await send(app, 'reader', 'GET', '/api/changes?limit=1');
    const [change] = res.body.items as ChangeBody[];
    expect(change!.id).toBe(changeId);
    expect(change!.changes).toHaveLength(20);
    expect(change!.records).toEqual(change!.changes.map((c) => `${c.kind}:${c.id}`));
    expect(change!.entries).toEqual({ total: ACTORS, offset: 0, limit: 20, next: `/api/changes/${changeId}?entriesOffset=20&entriesLimit=20` });
  });

  it('is read whole by following the next links, each answer bounded', async () => {
    const seen: string[] = [];
    let url: string | null = `/api/changes/${changeId}?entriesLimit=100`;
    let pages = 0;
    while (url) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body.length).toBeLessThan(100 * 1024);
      const body = res.json() as ChangeBody;
      seen.push(...body.changes.map((c) => c.id));
      url = body.entries.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(ACTORS / 100));
    expect(new Set(seen)).toEqual(new Set(Array.from({ length: ACTORS }, (_, i) => `bulk-actor-${i}`)));
    expect(seen).toHaveLength(ACTORS);
  });

  it('refuses a page larger than the limit, naming it', async () => {
    const res = await send(app, 'reader', 'GET', `/api/changes/${changeId}?entriesLimit=5000`);
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/entriesLimit/);
  });
});

describe('a PATCH that changes nothing', () => {
  it.each([
    ['an empty body', {}],
    ['every field as it is', { name: 'State Ä', kind: 'state' }],
  ])('with %s answers 200 with the record, records no change and writes nothing', async (_what, patch) => {
    const before = await snapshot(store);
    const changesBefore = (await send(app, 'reader', 'GET', '/api/changes?limit=1')).body.total as number;
    const current = (await send(app, 'reader', 'GET', '/api/actors/state-a')).body;
    const res = await send(app, 'editor', 'PATCH', '/api/actors/state-a', patch);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ change: null, records: [], record: { id: 'state-a', name: current.name } });
    expect(res.headers['x-change-id']).toBeUndefined();
    expect((await send(app, 'reader', 'GET', '/api/changes?limit=1')).body.total).toBe(changesBefore);
    expect(await snapshot(store)).toEqual(before);
  });

  it('while a real change is still recorded', async () => {
    const changesBefore = (await send(app, 'reader', 'GET', '/api/changes?limit=1')).body.total as number;
    const res = await send(app, 'editor', 'PATCH', '/api/actors/state-a', { description: 'A state, described anew.' });
    expect(res.status).toBe(200);
    expect(res.body.change).toMatchObject({ action: 'update' });
    expect(res.headers['x-change-id']).toBe(res.body.change.id);
    expect((await send(app, 'reader', 'GET', '/api/changes?limit=1')).body.total).toBe(changesBefore + 1);
  });
});

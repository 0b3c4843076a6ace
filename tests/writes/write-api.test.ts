// The write API: seed-schema validation with every bad field and reference named, all-or-nothing
// writes, Idempotency-Key retries (across a restart too), the audit trail, deletes and merges.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readDataset } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createRecordReader } from '../../server/records/read.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { API_TOKENS, derivedAndStatements, pairPages, send, snapshot, writableApp, wholeAndRecordLinks } from './harness.js';

const source = [{ source: 'doc-one', excerpt: 'Words.' }];
const statement = (id: string, extra: Record<string, unknown> = {}) => ({
  id, speaker: 'state-a', quote: null, summary: 'A speaks.', date: '2023-09-22', datePrecision: 'day', channel: 'x', modality: 'asserted',
  about: [{ target: 'state-b', stance: 'warns' }], sources: source, ...extra,
});

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
beforeAll(async () => ({ app, store, close } = await writableApp()));
afterAll(() => close());
// Every write, kept or refused, leaves the derived "spoke about" relationships as the statements say,
// each pair's statement page (read from them on Neo4j) as the general query finds it, and each
// statement's links as its relationships say (LadybugDB reads them from the statement's links text).
afterEach(async () => {
  const { derived, statements } = await derivedAndStatements(store);
  expect(derived).toEqual(statements);
  const { whole, records } = await wholeAndRecordLinks(store);
  expect(whole).toEqual(records);
  const { paged, found } = await pairPages(store);
  expect(paged).toEqual(found);
});

describe('validation', () => {
  it('names every bad reference in a 400 and changes nothing (a multi-part write with one bad part)', async () => {
    const before = await snapshot(store);
    const res = await send(app, 'editor', 'POST', '/api/statements', statement('bad-1', {
      speaker: 'nobody',
      about: [{ target: 'state-b', stance: 'warns' }, { target: 'ghost-town', stance: 'states' }, { target: 'bloc-c', stance: 'urges' }],
      sources: [...source, { source: 'no-such-source', excerpt: 'x' }],
    }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([
      { field: 'body.speaker', message: 'speaker "nobody" is not a known actor' },
      { field: 'body.about.1.target', message: 'about.1.target "ghost-town" is not a known actor or event or place' },
      { field: 'body.sources.1.source', message: 'sources.1.source "no-such-source" is not a known source' },
    ]));
    expect(await snapshot(store)).toEqual(before);
  });

  it('answers malformed bodies with 400 naming each field', async () => {
    const res = await send(app, 'editor', 'POST', '/api/statements', { ...statement('Bad Id'), channel: 'carrier pigeon', about: [], extra: 1 });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.id', 'body.channel', 'body.about']));
    expect((await send(app, 'editor', 'PATCH', '/api/actors/loner', { kind: 'dragon' })).status).toBe(400);
    expect((await send(app, 'editor', 'PATCH', '/api/actors/loner', { id: 'renamed' })).status).toBe(400);
    const bad = await app.inject({ method: 'POST', url: '/api/actors', headers: { authorization: 'Bearer editor-secret-token', 'content-type': 'application/json' }, payload: '{"id": ' });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses to create what exists (409) and to change what does not (404)', async () => {
    expect((await send(app, 'editor', 'POST', '/api/actors', { id: 'loner', name: 'Again', kind: 'group' })).status).toBe(409);
    expect((await send(app, 'editor', 'POST', '/api/places', { id: 'loner', name: 'A place named like an actor' })).body.errors).toEqual([{ field: 'body.id', message: 'id already used by a actor' }]);
    expect((await send(app, 'editor', 'PATCH', '/api/actors/no-one', { name: 'X' })).status).toBe(404);
    expect((await send(app, 'admin', 'DELETE', '/api/actors/no-one?reason=x')).status).toBe(404);
  });

  it('changes only the fields a PATCH gives', async () => {
    const res = await send(app, 'editor', 'PATCH', '/api/statements/s1', { summary: 'P says A will win, loudly.' });
    expect(res.status).toBe(200);
    expect(res.body.record).toMatchObject({ summary: 'P says A will win, loudly.', quote: 'We will win', speaker: 'person-p' });
    expect(res.body.record.about).toEqual([{ target: 'state-b', stance: 'threatens' }, { target: 'war-w', stance: 'states' }]);
    expect(res.body.record.positions).toEqual([{ position: 'claim-x', stance: 'supports', figure: null }]);
  });

  it('writes a joint statement with every speaker, who relayed it and a figure, and keeps them through a PATCH', async () => {
    const body = statement('joint-1', {
      speakers: ['state-a', 'state-b'], relayedBy: 'person-p', quote: 'Words.', positions: [{ position: 'claim-x', stance: 'supports', figure: 'at least 200' }],
      about: [{ target: 'bloc-c', stance: 'urges' }],
    });
    expect((await send(app, 'editor', 'POST', '/api/statements', body)).status).toBe(201);
    await send(app, 'editor', 'PATCH', '/api/statements/joint-1', { summary: 'A and B speak together.' });
    const read = (await send(app, 'none', 'GET', '/api/statements/joint-1')).body;
    expect(read.speakers.map((sp: { id: string }) => sp.id)).toEqual(['state-a', 'state-b']);
    expect(read).toMatchObject({ speaker: { id: 'state-a' }, relayedBy: { id: 'person-p' }, documentVoice: false, summary: 'A and B speak together.' });
    expect(read.positions).toEqual([expect.objectContaining({ id: 'claim-x', figure: 'at least 200' })]);
    const byB = (await send(app, 'none', 'GET', '/api/statements?speaker=state-b&limit=100')).body.items.map((s: { id: string }) => s.id);
    expect(byB).toContain('joint-1');
    const bad = await send(app, 'editor', 'POST', '/api/statements', statement('joint-2', { speakers: ['state-b', 'state-a'] }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('starting with speaker \\"state-a\\"');
  });
});

describe('one transaction', () => {
  it('leaves the graph and the audit trail as they were when a step fails inside the transaction', async () => {
    const failing: GraphStore = Object.assign(Object.create(store), {
      write: (steps: Parameters<GraphStore['write']>[0]) => store.write([...steps.slice(0, -1), { query: 'no/such-query' as never, params: {} }, ...steps.slice(-1)]),
      close: async () => undefined,
    });
    const broken = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', API_TOKENS, RATE_LIMIT_MAX: '100000' }), store: failing });
    const before = await snapshot(store);
    const changes = (await send(app, 'none', 'GET', '/api/changes')).body.total;
    const res = await send(broken, 'editor', 'POST', '/api/statements', statement('half-written', { about: [{ target: 'state-b', stance: 'warns' }, { target: 'bloc-c', stance: 'urges' }] }));
    expect(res.status).toBe(500);
    expect(await snapshot(store)).toEqual(before);
    expect((await send(app, 'none', 'GET', '/api/changes')).body.total).toBe(changes);
    await broken.close();
  });
});

describe('Idempotency-Key', () => {
  it('applies a retried request once and answers it the same', async () => {
    const body = statement('retried');
    const first = await send(app, 'editor', 'POST', '/api/statements', body, { 'idempotency-key': 'retry-1' });
    const after = await snapshot(store);
    const again = await send(app, 'editor', 'POST', '/api/statements', body, { 'idempotency-key': 'retry-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await snapshot(store)).toEqual(after);
    expect((await send(app, 'none', 'GET', '/api/changes?record=statement:retried')).body.total).toBe(1);
  });

  it('refuses the same key for a different request (422)', async () => {
    await send(app, 'editor', 'POST', '/api/positions', { id: 'keyed-1', label: 'One' }, { 'idempotency-key': 'retry-2' });
    const res = await send(app, 'editor', 'POST', '/api/positions', { id: 'keyed-2', label: 'Two' }, { 'idempotency-key': 'retry-2' });
    expect(res.status).toBe(422);
  });

  it('keeps a key through a restart: it is stored on the audit Change', async () => {
    const tmp = tempDir();
    const config = loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent', API_TOKENS });
    try {
      let s = await openLadybugStore({ dataDir: tmp.dir, queryTimeoutMs: 10_000 });
      await loadDataset(s, await readDataset([FIXTURE]));
      let a = await buildApp({ config, store: s });
      const first = await send(a, 'editor', 'POST', '/api/actors', { id: 'restarted', name: 'Restarted', kind: 'group' }, { 'idempotency-key': 'across-restart' });
      await a.close();
      s = await openLadybugStore({ dataDir: tmp.dir, queryTimeoutMs: 10_000 });
      a = await buildApp({ config, store: s });
      const before = await snapshot(s);
      const again = await send(a, 'editor', 'POST', '/api/actors', { id: 'restarted', name: 'Restarted', kind: 'group' }, { 'idempotency-key': 'across-restart' });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(await snapshot(s)).toEqual(before);
      await a.close();
    } finally {
      tmp.remove();
    }
  });
});

describe('audit trail', () => {
  it('records who, when, what before and after, and why; filtered by actor and time, newest first, paged', async () => {
    const since = new Date().toISOString();
    await send(app, 'editor', 'PATCH', '/api/actors/bloc-c?reason=spelling', { description: 'An alliance.' });
    await send(app, 'editor', 'POST', '/api/statements', statement('about-bloc', { about: [{ target: 'bloc-c', stance: 'praises' }] }));
    const page = await send(app, 'none', 'GET', `/api/changes?actor=bloc-c&since=${encodeURIComponent(since)}&limit=1`);
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(2);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({ action: 'create', who: 'editor-user', records: ['statement:about-bloc'] });
    const older = (await send(app, 'none', 'GET', `/api/changes?actor=bloc-c&since=${encodeURIComponent(since)}&limit=1&offset=1`)).body.items[0];
    expect(older).toMatchObject({ action: 'update', who: 'editor-user', reason: 'spelling' });
    expect(older.changes[0].before.description).toBeNull();
    expect(older.changes[0].after.description).toBe('An alliance.');
    expect(older.at < page.body.items[0].at || older.at === page.body.items[0].at).toBe(true);
    expect((await send(app, 'none', 'GET', `/api/changes?actor=bloc-c&since=${encodeURIComponent(since)}&offset=5`)).body).toMatchObject({ items: [], total: 2 });
    expect((await send(app, 'none', 'GET', `/api/changes/${older.id}`)).body.id).toBe(older.id);
    expect((await send(app, 'none', 'GET', '/api/changes?since=yesterday')).status).toBe(400);
  });
});

describe('delete', () => {
  it('needs a reason', async () => {
    expect((await send(app, 'admin', 'DELETE', '/api/statements/s4')).status).toBe(400);
  });

  it('refuses while a statement needs the record, naming it (409)', async () => {
    const res = await send(app, 'admin', 'DELETE', '/api/actors/state-b?reason=test');
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual(expect.arrayContaining([{ field: 'statement "s2"', message: 'names it as its speaker' }, { field: 'statement "s1"', message: 'is about it' }]));
    expect((await send(app, 'admin', 'DELETE', '/api/sources/doc-one?reason=test')).status).toBe(409);
  });

  it('takes an actor\'s ties and event participation with it, and records them', async () => {
    await send(app, 'editor', 'POST', '/api/actors', { id: 'leaving', name: 'Leaving', kind: 'group' });
    await send(app, 'editor', 'POST', '/api/ties', { type: 'MEMBER_OF', from: 'leaving', to: 'bloc-c', source: 'doc-one', excerpt: 'In C.' });
    await send(app, 'editor', 'PATCH', '/api/events/war-w', { participants: [{ actor: 'state-a', role: 'attacker' }, { actor: 'state-b', role: 'defender' }, { actor: 'leaving', role: 'observer' }] });
    const res = await send(app, 'admin', 'DELETE', '/api/actors/leaving?reason=never%20existed');
    expect(res.status).toBe(200);
    expect(res.body.records).toEqual(expect.arrayContaining([
      { kind: 'actor', id: 'leaving', op: 'deleted' }, { kind: 'event', id: 'war-w', op: 'updated' }, { kind: 'tie', id: 'MEMBER_OF:leaving:bloc-c', op: 'deleted' },
    ]));
    const event = (await send(app, 'none', 'GET', '/api/events')).body.items.find((e: { id: string }) => e.id === 'war-w');
    expect(JSON.stringify(event)).not.toContain('leaving');
  });
});

describe('merge', () => {
  it('keeps every edge of the merged actor on the kept one, and its name as an alias', async () => {
    await send(app, 'editor', 'POST', '/api/actors', { id: 'state-b-dup', name: 'B State', kind: 'state', aliases: ['Bee'] });
    await send(app, 'editor', 'POST', '/api/statements', statement('dup-said', { speaker: 'state-b-dup', about: [{ target: 'bloc-c', stance: 'urges' }] }));
    await send(app, 'editor', 'POST', '/api/statements', statement('dup-about', { speaker: 'bloc-c', about: [{ target: 'state-b-dup', stance: 'criticizes' }] }));
    await send(app, 'editor', 'POST', '/api/ties', { type: 'ALLIED_WITH', from: 'state-b-dup', to: 'bloc-c', source: 'doc-one', excerpt: 'Allied.' });
    await send(app, 'editor', 'POST', '/api/ties', { type: 'HOLDS_OFFICE', from: 'loner', to: 'state-b-dup', detail: 'envoy', source: 'doc-one', excerpt: 'Envoy.' });
    await send(app, 'editor', 'POST', '/api/events', { id: 'dup-event', name: 'Summit', date: '2023-09-25', participants: [{ actor: 'state-b-dup', role: 'host' }], sources: source });
    const before = await snapshot(store);

    const res = await send(app, 'admin', 'POST', '/api/actors/merge', { keep: 'state-b', remove: 'state-b-dup', reason: 'one state entered twice' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.record.aliases).toEqual(['B State', 'Bee']);
    expect(res.body.notes).toEqual([]);
    const after = await snapshot(store);
    expect(after.rels).toEqual(before.rels);
    expect(after.nodes).toEqual({ ...before.nodes, Actor: before.nodes.Actor - 1 });

    const said = (await send(app, 'none', 'GET', '/api/statements/dup-said')).body;
    expect(said.speaker.id).toBe('state-b');
    expect((await send(app, 'none', 'GET', '/api/statements/dup-about')).body.about.map((a: { id: string }) => a.id)).toEqual(['state-b']);
    const actor = (await send(app, 'none', 'GET', '/api/actors/state-b')).body;
    expect(JSON.stringify(actor)).toContain('bloc-c');
    expect(JSON.stringify(actor)).toContain('loner');
    expect(JSON.stringify(actor)).toContain('dup-event');
    expect((await send(app, 'none', 'GET', '/api/actors/state-b-dup')).status).toBe(404);
    expect((await send(app, 'none', 'GET', '/api/changes?actor=state-b-dup&limit=1')).body.items[0]).toMatchObject({ action: 'merge', reason: 'one state entered twice' });
  });

  it('drops edges that would join the actor to itself, and says so', async () => {
    const before = await snapshot(store);
    const res = await send(app, 'admin', 'POST', '/api/actors/merge', { keep: 'state-a', remove: 'person-p', reason: 'test' });
    expect(res.status).toBe(200);
    expect(res.body.notes).toEqual(['tie HOLDS_OFFICE:person-p:state-a dropped: it would join state-a to itself']);
    const after = await snapshot(store);
    expect(after.records.ties).toBe(before.records.ties - 1);
    expect(after.rels).toEqual({ ...before.rels, HOLDS_OFFICE: before.rels.HOLDS_OFFICE! - 1 });
    const ties = await createRecordReader(store).ties({ every: true });
    expect(ties.filter((t) => t.from === t.to)).toEqual([]);
  });

  it('needs two different, existing actors and a reason', async () => {
    expect((await send(app, 'admin', 'POST', '/api/actors/merge', { keep: 'loner', remove: 'loner', reason: 'x' })).status).toBe(400);
    expect((await send(app, 'admin', 'POST', '/api/actors/merge', { keep: 'loner', remove: 'ghost', reason: 'x' })).status).toBe(404);
    expect((await send(app, 'admin', 'POST', '/api/actors/merge', { keep: 'loner', remove: 'bloc-c' })).status).toBe(400);
  });
});

// Import: the statements CSV template and seed-format JSON, checked row by row; a dry run changes
// nothing and says exactly what would happen; one bad row applies nothing; and the JSON export of the
// seeded graph, imported into an empty database, gives the same counts and the same checksum.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { seedDataFiles, tempDir } from '../helpers/stores.js';
import { API_TOKENS, derivedAndStatements, send, snapshot, writableApp, wholeAndRecordLinks } from './harness.js';

const TEMPLATE = readFileSync('seed/templates/statements.csv', 'utf8');
const HEADER = 'speaker,about,stance,date,channel,quote,source_url,source_title';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const row = (speaker: string, about = 'azerbaijan', stance = 'condemns') =>
  `${speaker},${about},${stance},2023-09-20,press statement,"We condemn it, ${speaker}.",https://example.org/import-test,Import test`;

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
beforeAll(async () => ({ app, store, close } = await writableApp({}, await seedDataFiles())));
afterAll(() => close());
// An import, applied or refused, leaves the derived "spoke about" relationships as the statements say,
// and each statement's links as its relationships say.
afterEach(async () => {
  const { derived, statements } = await derivedAndStatements(store);
  expect(derived).toEqual(statements);
  const { whole, records } = await wholeAndRecordLinks(store);
  expect(whole).toEqual(records);
});

describe('CSV import', () => {
  it('dry-runs the documented template: says what it would create and changes nothing', async () => {
    const before = await snapshot(store);
    const res = await send(app, 'editor', 'POST', '/api/import?dryRun=true', TEMPLATE);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ format: 'csv', dryRun: true, applied: false, counts: { created: 3, updated: 0, unchanged: 0 } });
    expect(res.body.created).toEqual(expect.arrayContaining([{ kind: 'statement', id: 'example-several-targets' }, { kind: 'source', id: expect.stringMatching(/^src-example-org-/) }]));
    expect(await snapshot(store)).toEqual(before);
  });

  it('applies nothing when one row is bad, and names the row and field', async () => {
    const before = await snapshot(store);
    const res = await send(app, 'editor', 'POST', '/api/import', csv(row('armenia'), row('nobody-at-all'), row('russia', 'azerbaijan', 'shouts')));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 4, field: 'about', message: expect.stringMatching(/stance|Invalid option/i) }),
    ]));
    expect(await snapshot(store)).toEqual(before);
    // The reference check runs once every row parses: it names the row of the unknown speaker.
    const refs = await send(app, 'editor', 'POST', '/api/import', csv(row('armenia'), row('nobody-at-all')));
    expect(refs.status).toBe(400);
    expect(refs.body.errors).toEqual([expect.objectContaining({ row: 3, field: 'speaker', message: 'speaker "nobody-at-all" is not a known actor' })]);
    expect(refs.body.detail).toMatch(/row 3, statement "nobody-at-all-2023-09-20-\w+", speaker/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('names unknown and missing columns', async () => {
    const res = await send(app, 'editor', 'POST', '/api/import?dryRun=true', 'speaker,about,colour\narmenia,azerbaijan,red');
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 1, field: 'colour' }), expect.objectContaining({ row: 1, field: 'source_url', message: 'missing column' }),
    ]));
  });

  it('applies a valid file in one change, reuses a source by URL, and a second import changes nothing', async () => {
    const file = csv(row('armenia'), row('russia', 'azerbaijan:criticizes;armenia:urges', ''));
    const first = await send(app, 'editor', 'POST', '/api/import?reason=colleague%27s%20sheet', file);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ applied: true, counts: { created: 3, updated: 0, unchanged: 0 }, change: { action: 'import', who: 'editor-user' } });
    const before = await snapshot(store);
    const again = await send(app, 'editor', 'POST', '/api/import', file);
    expect(again.body.counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await snapshot(store)).toEqual(before);
    const found = await send(app, 'none', 'GET', '/api/statements?speaker=russia&q=we%20condemn%20it');
    expect(found.body.items[0].about.map((a: { id: string; stance: string }) => `${a.id}:${a.stance}`).sort()).toEqual(['armenia:urges', 'azerbaijan:criticizes']);
  });
});

describe('JSON import', () => {
  it('names the section, record and field of a bad record, and applies nothing', async () => {
    const before = await snapshot(store);
    const res = await send(app, 'editor', 'POST', '/api/import', {
      actors: [{ id: 'fine-actor', name: 'Fine', kind: 'group' }, { id: 'bad-actor', name: 'Bad', kind: 'wizard' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 2, record: 'actor "bad-actor"', field: 'kind' })]);
    expect(await snapshot(store)).toEqual(before);
  });

  it('dry run tells created, updated (with the fields) and unchanged records apart', async () => {
    const actor = (await send(app, 'none', 'GET', '/api/actors/armenia')).body;
    const file = {
      actors: [
        { id: 'armenia', name: actor.name, kind: actor.kind, aliases: actor.aliases, description: 'Changed description.' },
        { id: 'brand-new-actor', name: 'Brand New', kind: 'group' },
      ],
    };
    const russia = (await send(app, 'none', 'GET', '/api/export?format=json&speaker=russia')).body.actors.find((a: { id: string }) => a.id === 'russia');
    const res = await send(app, 'editor', 'POST', '/api/import?dryRun=true', { actors: [...file.actors, russia] });
    expect(res.body).toMatchObject({
      counts: { created: 1, updated: 1, unchanged: 1 },
      created: [{ kind: 'actor', id: 'brand-new-actor' }], updated: [{ kind: 'actor', id: 'armenia', fields: ['description'] }], unchanged: [{ kind: 'actor', id: 'russia' }],
    });
  });
});

describe('round trip', () => {
  it('the JSON export imported into an empty database gives the same counts and checksum', async () => {
    const exported = await send(app, 'none', 'GET', '/api/export?format=json');
    expect(exported.status).toBe(200);
    const source = await snapshot(store);
    expect(exported.headers.trailer).toBe('x-content-checksum');
    expect(exported.trailers['x-content-checksum']).toBe(source.checksum);

    const tmp = tempDir();
    const empty = await openLadybugStore({ dataDir: tmp.dir, queryTimeoutMs: 10_000 });
    const target = await buildApp({ config: loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent', API_TOKENS }), store: empty });
    try {
      const res = await send(target, 'editor', 'POST', '/api/import', exported.body);
      expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200);
      expect(res.body.counts.updated + res.body.counts.unchanged).toBe(0);
      const copy = await snapshot(empty);
      expect(copy.nodes).toEqual(source.nodes);
      expect(copy.rels).toEqual(source.rels);
      expect(copy.records).toEqual(source.records);
      expect(copy.checksum).toBe(source.checksum);
      expect((await send(target, 'none', 'GET', '/api/export?format=json')).body).toEqual(exported.body);
    } finally {
      await target.close();
      tmp.remove();
    }
  });
});

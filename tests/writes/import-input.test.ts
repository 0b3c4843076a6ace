// Import input the server must refuse cleanly, changing nothing: JSON nested past any real file
// (once a stack overflow and a 500), a CSV that is not in the encoding it claims (once stored with
// replacement characters), a CSV with a column named twice (once: the last one silently won).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../../server/store/store.js';
import { MAX_BODY_DEPTH } from '../../server/plugins/json-body.js';
import { seedDataFiles } from '../helpers/stores.js';
import { TOKENS, send, snapshot, writableApp } from './harness.js';

const HEADER = 'speaker,about,stance,date,channel,quote,source_url,source_title';
const ACCENTED = 'russia,azerbaijan,condemns,2023-09-20,press statement,"Nous condamnons la décision, dit-il.",https://example.org/encoding-test,Café crème';

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
beforeAll(async () => ({ app, store, close } = await writableApp({}, await seedDataFiles())));
afterAll(() => close());

const importBytes = async (bytes: Buffer, contentType: string, query = '') => {
  const res = await app.inject({ method: 'POST', url: `/api/import${query}`, payload: bytes, headers: { authorization: `Bearer ${TOKENS.editor}`, 'content-type': contentType } });
  return { status: res.statusCode, body: res.json() as { detail?: string; errors?: { row: number; field: string; message: string }[]; created?: { kind: string; id: string }[] } };
};

describe('JSON nested deeper than any request needs', () => {
  it.each([MAX_BODY_DEPTH + 1, 10_000, 100_000])('%i levels to /api/import answers 400 and changes nothing', async (depth) => {
    const before = await snapshot(store);
    const payload = `{"actors": [${'['.repeat(depth)}${']'.repeat(depth)}]}`;
    const res = await importBytes(Buffer.from(payload), 'application/json');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(new RegExp(`nested more than ${MAX_BODY_DEPTH} levels`));
    expect(await snapshot(store)).toEqual(before);
  });

  it('a seed file of ordinary depth is still read', async () => {
    const res = await send(app, 'editor', 'POST', '/api/import?dryRun=true', { actors: [{ id: 'depth-check', name: 'Depth', kind: 'state', aliases: [], description: 'x' }] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('CSV encoding', () => {
  const file = `${HEADER}\n${ACCENTED}\n`;

  it('refuses a Latin-1 file sent as UTF-8, naming the line, and changes nothing', async () => {
    const before = await snapshot(store);
    const res = await importBytes(Buffer.from(file, 'latin1'), 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/is not UTF-8: line 2 .*charset/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('reads the same bytes when their charset is declared, accents intact', async () => {
    const res = await importBytes(Buffer.from(file, 'latin1'), 'text/csv; charset=iso-8859-1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const source = res.body.created!.find((r) => r.kind === 'source')!;
    const stored = await send(app, 'none', 'GET', `/api/sources/${source.id}`);
    expect(stored.body.title).toBe('Café crème');
    const statement = res.body.created!.find((r) => r.kind === 'statement')!;
    expect((await send(app, 'none', 'GET', `/api/statements/${statement.id}`)).body.quote).toBe('Nous condamnons la décision, dit-il.');
  });

  it('refuses a charset it does not know, by name', async () => {
    const res = await importBytes(Buffer.from(file), 'text/csv; charset=klingon-8');
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/charset "klingon-8"/);
  });
});

describe('CSV header', () => {
  it('refuses a column named twice, naming it and both places, and changes nothing', async () => {
    const before = await snapshot(store);
    const res = await send(app, 'editor', 'POST', '/api/import', `${HEADER},stance\n${ACCENTED},supports`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ row: 1, record: 'header', field: 'stance', message: 'appears twice (columns 3 and 9); each column may appear once' }]);
    expect(await snapshot(store)).toEqual(before);
  });
});

// Immutable answers kept at the HTTP edge: a repeated GET answers the same bytes from memory, health
// is never kept, a token is still required where reads need one, and a write makes every kept
// answer obsolete.
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/store/load-dataset.js';
import { readDataset } from '../../server/domain/dataset.js';
import { tokenEntry } from '../../server/auth/tokens.js';
import { buildApp } from '../../server/app.js';
import { acceptsGzip } from '../../server/plugins/response-cache.js';
import { loadConfig } from '../../server/config.js';
import { openStore } from '../../server/store/open-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';

async function cachedApp(env: Record<string, string> = {}) {
  const tmp = tempDir();
  const config = loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000', ...env });
  const store = await openStore(config);
  await loadDataset(store, await readDataset([FIXTURE]));
  const app = await buildApp({ config, store });
  await app.ready();
  return { app, store, close: async () => { await app.close(); tmp.remove(); } };
}

describe('the answer cache at the HTTP edge', () => {
  let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
  beforeAll(async () => ({ app, store, close } = await cachedApp()));
  afterAll(() => close());

  it('answers a repeated GET with the same bytes, marked as a hit', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/graph/neighborhood?id=state-a' });
    const second = await app.inject({ method: 'GET', url: '/api/graph/neighborhood?id=state-a' });
    expect(first.headers['x-answer-cache']).toBeUndefined();
    expect(second.headers['x-answer-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['x-content-type-options']).toBe('nosniff');
  });

  it('streams an export afresh every time, never keeping it, with its checksum in the trailer', async () => {
    for (const format of ['json', 'graphml', 'gexf', 'cytoscape']) {
      const url = `/api/export?format=${format}`;
      const first = await app.inject({ method: 'GET', url });
      const second = await app.inject({ method: 'GET', url });
      expect(second.headers['x-answer-cache'], format).toBeUndefined();
      expect(first.headers['content-disposition'], format).toMatch(/^attachment; filename="stancegraph\./);
      for (const name of ['content-type', 'content-disposition']) expect(second.headers[name], `${format} ${name}`).toBe(first.headers[name]);
      expect(second.trailers['x-content-checksum'], format).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(second.trailers['x-content-checksum'], format).toBe(first.trailers['x-content-checksum']);
      expect(second.body).toBe(first.body);
    }
  });

  it('answers a kept answer gzip-compressed to a client that accepts it, and plain to one that does not', async () => {
    const url = '/api/graph/overview';
    const plain = await app.inject({ method: 'GET', url });
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const zipped = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['x-answer-cache']).toBe('hit');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    const refused = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('reads Accept-Encoding as HTTP defines it', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('never keeps health, errors or report runs', async () => {
    for (const url of ['/api/health', '/api/actors/nobody', '/api/reports/statements-by/run?speaker=state-b']) {
      await app.inject({ method: 'GET', url });
      expect((await app.inject({ method: 'GET', url })).headers['x-answer-cache'], url).toBeUndefined();
    }
  });

  it('forgets what it kept when the graph is written', async () => {
    await app.inject({ method: 'GET', url: '/api/actors?q=newcomer' });
    await store.writeTables([{ query: 'load/upsert-actors', rows: [{ id: 'newcomer', name: 'Newcomer', kind: 'person', aliases: [], description: null, unnamed: false, searchText: '|newcomer|' }] }]);
    const after = await app.inject({ method: 'GET', url: '/api/actors?q=newcomer' });
    expect(after.headers['x-answer-cache']).toBeUndefined();
    expect(after.json().total).toBe(1);
  });
});

describe('the answer cache when reads need a token', () => {
  let app: FastifyInstance, close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await cachedApp({ READS_REQUIRE_TOKEN: 'true', API_TOKENS: tokenEntry('reader-1', 'reader', 'sg_test-token') })));
  afterAll(() => close());

  it('does not answer a kept response to a request without a token', async () => {
    const headers = { authorization: 'Bearer sg_test-token' };
    await app.inject({ method: 'GET', url: '/api/actors?q=state', headers });
    expect((await app.inject({ method: 'GET', url: '/api/actors?q=state', headers })).headers['x-answer-cache']).toBe('hit');
    expect((await app.inject({ method: 'GET', url: '/api/actors?q=state' })).statusCode).toBe(401);
  });
});

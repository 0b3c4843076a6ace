// How the API behaves under misuse: hostile input never changes the graph or gets a 5xx, errors are
// problem JSON, limits hold, and the OpenAPI document is valid OpenAPI 3.
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNodes } from '../../server/store/load-dataset.js';
import type { GraphStore } from '../../server/store/store.js';
import { getJson, seededApp } from '../helpers/app.js';
import { FIXTURE } from '../helpers/stores.js';

const HOSTILE = [
  "' OR 1=1 --", '"}) MATCH (n) DETACH DELETE n //', '`) DETACH DELETE n //`', '\u0000', 'x'.repeat(100_000),
  '🔥🕊️ سلام עולם', '12345', '-1', '1e309', 'true', '[]', '{"$ne":null}', '../../etc/passwd', '%00', ' ',
];

/** Every string parameter of every read endpoint, with a valid value for the others. */
const ENDPOINTS: [string, Record<string, string>, string[]][] = [
  ['/api/actors', {}, ['q', 'kind', 'limit', 'offset']],
  ['/api/statements', {}, ['speaker', 'about', 'stance', 'position', 'source', 'from', 'to', 'q', 'limit', 'offset']],
  ['/api/positions', {}, ['limit', 'offset']],
  ['/api/contradictions', {}, ['position', 'limit', 'offset']],
  ['/api/events', {}, ['from', 'to', 'limit', 'offset']],
  ['/api/sources', {}, ['limit', 'offset']],
  ['/api/graph/overview', {}, ['include', 'stance', 'from', 'to', 'asOf']],
  ['/api/graph/neighborhood', { id: 'state-a' }, ['id', 'depth', 'limit', 'include', 'stance', 'asOf']],
  ['/api/graph/path', { from: 'state-a', to: 'state-b' }, ['from', 'to', 'maxHops', 'include', 'asOf']],
  ['/api/timeline', {}, ['from', 'to', 'actor']],
  ['/api/pairs', { a: 'state-a', b: 'state-b' }, ['a', 'b']],
];
const PATH_ENDPOINTS = ['/api/actors/', '/api/statements/', '/api/positions/', '/api/sources/'];

describe('hostile input', () => {
  let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
  beforeAll(async () => ({ app, store, close } = await seededApp({}, [FIXTURE])));
  afterAll(() => close());

  it('gets a 2xx or 4xx on every parameter of every endpoint, and the graph is unchanged', async () => {
    const before = await countNodes(store);
    const failures: string[] = [];
    for (const [path, base, params] of ENDPOINTS) {
      for (const param of params) {
        for (const value of HOSTILE) {
          const qs = new URLSearchParams({ ...base, [param]: value }).toString();
          const res = await app.inject({ method: 'GET', url: `${path}?${qs}` });
          if (res.statusCode >= 500) failures.push(`${path}?${param}=${value.slice(0, 30)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      }
    }
    for (const path of PATH_ENDPOINTS) {
      for (const value of HOSTILE) {
        const res = await app.inject({ method: 'GET', url: path + encodeURIComponent(value) });
        if (res.statusCode >= 500) failures.push(`${path}${value.slice(0, 30)} → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await countNodes(store)).toEqual(before);
  });

  it('names every invalid field and why in a 400', async () => {
    const res = await getJson(app, '/api/statements?limit=0&from=yesterday&stance=hates');
    expect(res.status).toBe(400);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['querystring.from', 'querystring.limit', 'querystring.stance.0']);
    expect(res.body.detail).toContain('querystring.from');
  });

  it('answers unknown routes with 404 and wrong methods with 405, as problem JSON', async () => {
    const missing = await getJson(app, '/api/nothing-here');
    expect(missing).toMatchObject({ status: 404, body: { title: 'Not Found' } });
    const wrong = await app.inject({ method: 'PUT', url: '/api/actors/state-a' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toContain('GET');
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('caps every list at its maximum limit', async () => {
    expect((await getJson(app, '/api/actors?limit=201')).status).toBe(400);
    expect((await getJson(app, '/api/actors?limit=200')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('publishes a valid OpenAPI 3 document at /openapi.json', async () => {
    const doc = (await getJson(app, '/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/actors', '/api/statements', '/api/graph/path', '/api/pairs']));
    expect((await app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200);
  });
});

describe('limits and failures', () => {
  it('rate limits with 429 and retry-after, and never limits health (a probe must not spend the clients\' limit)', async () => {
    const { app, close } = await seededApp({ RATE_LIMIT_MAX: '3' }, [FIXTURE]);
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await app.inject({ method: 'GET', url: '/api/actors' })));
      expect(codes.map((r) => r.statusCode)).toEqual([200, 200, 200, 429]);
      expect(codes[3]!.headers['retry-after']).toBeDefined();
      expect(codes[3]!.headers['content-type']).toContain('application/problem+json');
      for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await close();
    }
  });

  it('answers 503 problem JSON when the database is gone', async () => {
    const { app, store, close } = await seededApp({}, [FIXTURE]);
    try {
      await store.close();
      const health = await getJson(app, '/api/health');
      expect(health.status).toBe(503);
      expect(health.type).toContain('application/problem+json');
      expect((await getJson(app, '/api/actors?q=state')).status).toBe(503);
    } finally {
      await close();
    }
  });

  it('never shows engine text or a stack in a 500', async () => {
    const { app, store, close } = await seededApp({}, [FIXTURE]);
    try {
      store.read = async () => { throw new Error('Binder exception: secret engine detail at /internal/path'); };
      const res = await getJson(app, '/api/actors?q=state');
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/Binder|secret|internal\/path|at /);
    } finally {
      await close();
    }
  });
});

// The embedded database closed underneath the server, or its folder gone: the API answers 503 problem
// JSON, health says so, and the server recovers by itself once the database is back. Also 413 over
// the body limit (429 is in behaviour.test.ts).
import { existsSync, renameSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNodes } from '../../server/store/load-dataset.js';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { databaseFile } from '../../server/store/ladybug-open.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import { reopening } from '../../server/store/reopening-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { getJson, seededApp } from '../helpers/app.js';
import { FIXTURE, seededTestStore } from '../helpers/stores.js';

/** Polls health until it answers 200, within a bound. */
async function recovered(app: FastifyInstance, withinMs = 15_000): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < withinMs;) {
    if ((await app.inject({ method: 'GET', url: '/api/health' })).statusCode === 200) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('when the embedded database goes away and comes back', () => {
  let app: FastifyInstance, dataDir: string, cleanup: () => Promise<void>;
  const opened: GraphStore[] = [];
  let counts: Record<string, number>;
  beforeAll(async () => {
    const seeded = await seededTestStore([FIXTURE]);
    ({ dataDir, cleanup } = seeded);
    counts = await countNodes(seeded.store);
    opened.push(seeded.store);
    const open = async () => { const s = await openLadybugStore({ dataDir, queryTimeoutMs: 10_000 }); opened.push(s); return s; };
    const store = reopening(seeded.store, { open, present: () => existsSync(databaseFile(dataDir)), watchMs: 100 });
    app = await buildApp({ config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000' }), store });
    await app.ready();
  });
  afterAll(async () => { await app.close(); await cleanup(); });

  it('answers 503 problem JSON when the database is closed underneath it, then recovers by itself', async () => {
    await opened.at(-1)!.close();
    const failed = await getJson(app, '/api/actors?q=state');
    expect(failed.status).toBe(503);
    expect(failed.type).toContain('application/problem+json');
    expect(failed.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(await recovered(app)).toBe(true);
    expect((await getJson(app, '/api/health')).body.counts).toEqual(counts);
    expect((await getJson(app, '/api/actors?q=state')).status).toBe(200);
  });

  it('says so in health while its folder is gone, opens no empty database meanwhile, and recovers when the folder is back', async () => {
    renameSync(dataDir, `${dataDir}-away`);
    try {
      const health = await getJson(app, '/api/health');
      expect(health.status).toBe(503);
      expect(health.type).toContain('application/problem+json');
      expect(health.body.detail).toMatch(/unreachable/);
      expect((await getJson(app, '/api/statements')).status).toBe(503);
      await new Promise((r) => setTimeout(r, 500));
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      renameSync(`${dataDir}-away`, dataDir);
    }
    expect(await recovered(app)).toBe(true);
    expect((await getJson(app, '/api/health')).body.counts).toEqual(counts);
  });
});

describe('the body limit', () => {
  let app: FastifyInstance, close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await seededApp({ BODY_LIMIT_BYTES: '2048' }, [FIXTURE])));
  afterAll(() => close());

  it('answers 413 problem JSON to a body over BODY_LIMIT_BYTES on a route that takes a body', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/reports/statements-by/run', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ params: { speaker: 'x'.repeat(4096) } }) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 413, title: 'Content Too Large' });
  });
});

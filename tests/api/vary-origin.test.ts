// Response headers an operator relies on: with CORS on, every answer says it varies by Origin (a shared
// cache must not give one site's CORS answer to another), also when the answer cache serves it and
// adds its own Vary: Accept-Encoding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { readDataset } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { openStore } from '../../server/store/open-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { engineEnv } from '../helpers/engine.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';

let app: FastifyInstance, store: GraphStore;
const tmp = tempDir();
beforeAll(async () => {
  // The store the server opens (on the embedded engine it keeps answers), as in production.
  const config = loadConfig({ ...engineEnv(), DATA_DIR: tmp.dir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000', CORS_ORIGIN: 'https://allowed.example' });
  store = await openStore(config);
  await loadDataset(store, await readDataset([FIXTURE]));
  app = await buildApp({ config, store });
});
afterAll(async () => {
  await app?.close();
  tmp.remove();
});

describe('with CORS on', () => {
  it.each([
    ['an allowed origin', 'https://allowed.example'],
    ['another origin', 'https://other.example'],
    ['no origin', undefined],
  ])('answers carry Vary: Origin, from %s, first asked and kept alike', async (_what, origin) => {
    for (const url of ['/api/actors?q=state', '/api/graph/neighborhood?id=state-a', '/api/health', '/api/actors/nobody']) {
      for (const time of ['first', 'again']) {
        const res = await app.inject({ method: 'GET', url, headers: { ...(origin ? { origin } : {}), 'accept-encoding': 'gzip' } });
        expect(String(res.headers.vary ?? ''), `${url} from ${origin}, ${time}`).toMatch(/\bOrigin\b/i);
      }
    }
  });
});

// Both engines give the same answers. The seed data goes into a LadybugDB and into this worker's Neo4j; an
// app over each gets the same fixed list of requests (tests/cross-engine/requests.ts), and their answers
// must be equal after normalising only what is documented to differ (README, "Two engines, the same answers"):
// the engine's name, a report's engine-specific Cypher and file, and timings. The lists a report gathers with
// collect() are compared as they come: each report sorts before it collects.
import { strFromU8, unzipSync } from 'fflate';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { freshStore, onNeo4j, type FreshStore } from '../helpers/engine.js';
import { seedDataFiles, tempDir } from '../helpers/stores.js';
import { comparisonRequests, type ApiRequest } from './requests.js';

interface Side { app: FastifyInstance; close: () => Promise<void> }

async function appOn(store: GraphStore, dataDir: string): Promise<FastifyInstance> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000', ANSWER_CACHE_MB: '0' });
  const app = await buildApp({ config, store });
  await app.ready();
  return app;
}

/** What a client sees of a response, with the documented engine differences taken out. */
function comparable(url: string, res: LightMyRequestResponse): unknown {
  const type = String(res.headers['content-type'] ?? '');
  const headers = { type, disposition: res.headers['content-disposition'], checksum: res.trailers['x-content-checksum'] };
  if (type.startsWith('application/zip')) {
    const files = unzipSync(new Uint8Array(res.rawPayload));
    return { status: res.statusCode, headers, files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]).sort()) };
  }
  if (!type.includes('json')) return { status: res.statusCode, headers, body: res.body };
  const body = res.json() as Record<string, unknown>;
  if (url.startsWith('/api/health')) delete body.backend;
  if (/^\/api\/reports\/[^/?]+$/.test(url)) for (const k of ['dialect', 'file', 'cypher']) delete body[k];
  if (/\/run(\?|$)/.test(url) && typeof body.meta === 'object' && body.meta !== null) {
    const { ms: _ms, backend: _backend, ...meta } = body.meta as Record<string, unknown>;
    body.meta = meta;
  }
  return { status: res.statusCode, headers, body };
}

const label = (r: ApiRequest) => `${r.method} ${r.url}${r.body ? ` ${JSON.stringify(r.body)}` : ''}`;

describe.runIf(onNeo4j)('the same answers from LadybugDB and Neo4j', async () => {
  const data: Dataset = await readDataset(await seedDataFiles());
  const requests = comparisonRequests(data);
  let embedded: Side;
  let neo4j: Side;
  let neo4jStore: FreshStore;

  beforeAll(async () => {
    const folder = tempDir('stancegraph-cross-');
    const ladybug = await openLadybugStore({ dataDir: folder.dir, queryTimeoutMs: 30_000 });
    await loadDataset(ladybug, data);
    const ladybugApp = await appOn(ladybug, folder.dir);
    embedded = { app: ladybugApp, close: async () => { await ladybugApp.close(); folder.remove(); } };
    neo4jStore = await freshStore({ queryTimeoutMs: 30_000 });
    await loadDataset(neo4jStore.store, data);
    const neo4jApp = await appOn(neo4jStore.store, neo4jStore.dataDir);
    neo4j = { app: neo4jApp, close: async () => { await neo4jApp.close(); await neo4jStore.cleanup(); } };
  }, 300_000);
  afterAll(async () => { await embedded?.close(); await neo4j?.close(); });

  it('sends at least 200 requests, covering every read endpoint, every report and every export format', () => {
    expect(requests.length).toBeGreaterThanOrEqual(200);
  });

  it.each(requests.map((r) => [label(r), r] as const))('%s', async (_, request) => {
    const send = (side: Side) => side.app.inject({ method: request.method, url: request.url, payload: request.body as never });
    const [a, b] = await Promise.all([send(embedded), send(neo4j)]);
    expect(a.statusCode, `embedded answered ${a.statusCode}: ${a.body.slice(0, 300)}`).toBeLessThan(500);
    expect(comparable(request.url, b)).toEqual(comparable(request.url, a));
  });
});

// The real app over a seeded embedded database, for app.inject tests.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { GraphStore } from '../../server/store/store.js';
import { seededTestStore, seedDataFiles } from './stores.js';

export async function seededApp(env: Record<string, string> = {}, files?: string[]): Promise<{ app: FastifyInstance; store: GraphStore; close: () => Promise<void> }> {
  const { store, dataDir, cleanup } = await seededTestStore(files ?? (await seedDataFiles()));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000', ...env });
  const app = await buildApp({ config, store });
  await app.ready();
  return { app, store, close: async () => { await app.close(); await cleanup(); } };
}

/** GET a JSON API path through app.inject. */
export async function getJson(app: FastifyInstance, url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, type: String(res.headers['content-type'] ?? ''), body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
}

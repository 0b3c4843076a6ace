// The bulk path for an empty Neo4j: the API's neo4j-admin CSV export of the seeded graph, imported with
// `neo4j-admin database import full` (from the Maven artifacts), gives a Neo4j whose JSON export has the same
// content checksum and counts as the graph it came from. This also proves the CSV export is what Neo4j accepts,
// and that values a CSV writer must handle (a list element holding ";", a cell starting with "=") come back exact.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { openNeo4jStore } from '../../server/store/neo4j-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { adminImport } from '../neo4j-launcher/admin-import.js';
import { startNeo4j, type Neo4jServer } from '../neo4j-launcher/launcher.js';
import { seededApp } from '../helpers/app.js';
import { seedDataFiles, tempDir } from '../helpers/stores.js';

const AWKWARD = path.resolve('tests/fixtures/awkward-values.json');

const folder = tempDir('stancegraph-admin-import-');
let server: Neo4jServer | undefined;
let imported: GraphStore | undefined;
afterAll(async () => {
  await imported?.close();
  await server?.stop();
  folder.remove();
});

async function exportOf(app: Awaited<ReturnType<typeof seededApp>>['app'], format: string) {
  const res = await app.inject({ method: 'GET', url: `/api/export?format=${format}` });
  expect(res.statusCode).toBe(200);
  return res;
}

describe('neo4j-admin database import full of the CSV export', () => {
  it('loads into an empty Neo4j the same graph, with the same counts and content checksum', async () => {
    const source = await seededApp({}, [...(await seedDataFiles()), AWKWARD]);
    try {
      const zip = unzipSync(new Uint8Array((await exportOf(source.app, 'csv')).rawPayload));
      const csvDir = path.join(folder.dir, 'csv');
      mkdirSync(csvDir);
      // The zip holds the files in one folder; neo4j-admin gets them flat.
      for (const [name, bytes] of Object.entries(zip)) writeFileSync(path.join(csvDir, path.basename(name)), strFromU8(bytes));
      const home = path.join(folder.dir, 'home');
      const report = await adminImport(home, csvDir, '512m');
      const health = (await source.app.inject({ method: 'GET', url: '/api/health' })).json() as { counts: Record<string, number> };
      expect(report.nodes).toBe(Object.values(health.counts).reduce((a, b) => a + b, 0));

      server = await startNeo4j({ home, heap: '512m' });
      imported = await openNeo4jStore({ uri: server.uri, user: server.user, password: server.password, database: 'neo4j', queryTimeoutMs: 30_000 });
      const app = await buildApp({ config: loadConfig({ DATA_DIR: folder.dir, LOG_LEVEL: 'silent' }), store: imported });
      const [theirs, ours] = await Promise.all([exportOf(app, 'json'), exportOf(source.app, 'json')]);
      expect(theirs.trailers['x-content-checksum']).toBe(ours.trailers['x-content-checksum']);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).json().counts).toEqual(health.counts);
      const awkward = (await app.inject({ method: 'GET', url: '/api/actors/awkward-values' })).json() as { name: string; aliases: string[] };
      expect(awkward).toMatchObject({ name: '=HYPERLINK("https://example.org","click")', aliases: ['Republic; of Awkward', '+Awk', '-Awk', '@Awk'] });
      await app.close();
      imported = undefined;
    } finally {
      await source.close();
    }
  }, 600_000);
});

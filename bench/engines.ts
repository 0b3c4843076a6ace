// The engines the benchmark loads the same dataset into, each the fastest way it has for an empty database:
// the embedded engine by its COPY bulk path; Neo4j by `neo4j-admin database import full` of the project's own
// CSV export, then a real Neo4j 5.26 server from the Maven-built launcher on that database.
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { bulkLoad, relationshipsIn } from '../seed/bulk/bulk-load.js';
import type { Dataset } from '../server/domain/dataset.js';
import { loadConfig } from '../server/config.js';
import { exportFiles } from '../server/io/export/formats.js';
import { datasetPages } from '../server/io/export/pages.js';
import { writeExportFiles } from '../server/io/export/write-files.js';
import { openLadybugStore } from '../server/store/ladybug-store.js';
import { openNeo4jStore } from '../server/store/neo4j-store.js';
import type { ProfilingStore } from '../server/store/store.js';
import { adminImport } from '../tests/neo4j-launcher/admin-import.js';
import { buildLauncher, startNeo4j } from '../tests/neo4j-launcher/launcher.js';
import { processMemoryMb } from './server.js';

export const ENGINES = ['embedded', 'neo4j'] as const;
export type BenchEngine = (typeof ENGINES)[number];

export interface LoadedEngine {
  engine: BenchEngine;
  /** Settings that point the server (a child process) at this engine's database. */
  env: Record<string, string>;
  open(): Promise<ProfilingStore>;
  load: { relationships: number; nodes?: number; ms: number; relationshipsPerSecond: number };
  /** Time for the database server to start and answer (Neo4j's JVM); none for the embedded engine. */
  databaseStartMs?: number;
  /** The database server's own peak resident memory (Neo4j's JVM), in MB. */
  databasePeakRssMb?(): number;
  stop(): Promise<void>;
}

const rate = (relationships: number, ms: number) => Math.round(relationships / (ms / 1000));

export async function loadEngine(engine: BenchEngine, work: string, dataset: Dataset, neo4jMemory: { heap: string; pagecache: string }): Promise<LoadedEngine> {
  return engine === 'embedded' ? loadEmbedded(work, dataset) : loadNeo4j(work, dataset, neo4jMemory);
}

async function loadEmbedded(work: string, dataset: Dataset): Promise<LoadedEngine> {
  const dataDir = path.join(work, 'embedded');
  const load = await bulkLoad(loadConfig({ DATA_DIR: dataDir }), dataset);
  return {
    engine: 'embedded', env: { DATA_DIR: dataDir, NEO4J_URI: '' },
    open: () => openLadybugStore({ dataDir, queryTimeoutMs: 60_000 }),
    load: { relationships: load.relationships, nodes: load.copy?.nodes, ms: load.ms, relationshipsPerSecond: rate(load.relationships, load.ms) },
    stop: async () => undefined,
  };
}

async function loadNeo4j(work: string, dataset: Dataset, memory: { heap: string; pagecache: string }): Promise<LoadedEngine> {
  buildLauncher();
  const started = performance.now();
  const csvDir = path.join(work, 'neo4j-csv');
  await writeExportFiles(exportFiles('csv', datasetPages(dataset)), csvDir);
  const home = path.join(work, 'neo4j');
  const imported = await adminImport(home, csvDir, memory.heap);
  const loadMs = Math.round(performance.now() - started);
  const serverStarted = performance.now();
  const server = await startNeo4j({ home, ...memory });
  const databaseStartMs = Math.round(performance.now() - serverStarted);
  const open = () => openNeo4jStore({ uri: server.uri, user: server.user, password: server.password, database: 'neo4j', queryTimeoutMs: 60_000 });
  // The first open applies the schema; its indexes must be online before anything is measured.
  await (await open()).close();
  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: 'neo4j' });
  } finally {
    await driver.close();
  }
  const relationships = relationshipsIn(dataset);
  return {
    engine: 'neo4j', env: { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password },
    open, databaseStartMs,
    load: { relationships, nodes: imported.nodes, ms: loadMs, relationshipsPerSecond: rate(relationships, loadMs) },
    databasePeakRssMb: () => processMemoryMb(server.pid, 'VmHWM'),
    stop: () => server.stop(),
  };
}

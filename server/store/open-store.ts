// Chooses the engine from the configuration: Neo4j when NEO4J_URI is set, the embedded engine otherwise.
// The embedded store keeps its answers until the next write (no other process can write while it
// holds the file lock) and reopens its database by itself when it goes away and comes back. The Neo4j
// driver reconnects by itself, and other processes may write to Neo4j, so it gets neither.
// The server runs the embedded engine in a worker process (engine-process.ts), so a native crash
// costs a restart of the worker, not the server; the command lines, which run one job and end, keep
// it in their own process.
import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { withAnswerCache } from './answer-cache.js';
import { openEngineProcess } from './engine-process.js';
import { databaseFile } from './ladybug-open.js';
import { openLadybugStore } from './ladybug-store.js';
import { openNeo4jStore } from './neo4j-store.js';
import { openReopening } from './reopening-store.js';
import type { GraphStore } from './store.js';

export interface OpenStoreOptions {
  onAvailability?: (up: boolean, reason: string) => void;
  /** Embedded engine: run it in a supervised worker process (the server) rather than in this one. */
  engineProcess?: boolean;
}

export async function openStore(config: Config, options: OpenStoreOptions = {}): Promise<GraphStore> {
  if (config.NEO4J_URI) {
    return openNeo4jStore({
      uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE, queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      maxPoolSize: config.NEO4J_MAX_POOL_SIZE, acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    });
  }
  const engine = { dataDir: config.DATA_DIR, queryTimeoutMs: config.QUERY_TIMEOUT_MS };
  const open = async (gone: (reason: string) => void) => {
    const store = options.engineProcess
      ? await openEngineProcess({ ...engine, memoryLimitMb: config.ENGINE_MEMORY_MB, onExit: gone })
      : await openLadybugStore(engine);
    return config.ANSWER_CACHE_MB > 0 ? withAnswerCache(store, config.ANSWER_CACHE_MB * 1024 * 1024) : store;
  };
  const file = databaseFile(config.DATA_DIR);
  return openReopening({ open, present: () => existsSync(file), onChange: options.onAvailability });
}

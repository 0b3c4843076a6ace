// Chooses the engine from the configuration: Neo4j when NEO4J_URI is set, the embedded engine otherwise.
// The embedded store keeps its answers until the next write (no other process can write while it
// holds the file lock) and reopens its database by itself when it goes away and comes back. The Neo4j
// driver reconnects by itself, and other processes may write to Neo4j, so it gets neither.
import { existsSync } from 'node:fs';
import type { Config } from '../config.js';
import { withAnswerCache } from './answer-cache.js';
import { databaseFile } from './ladybug-open.js';
import { openLadybugStore } from './ladybug-store.js';
import { openNeo4jStore } from './neo4j-store.js';
import { reopening } from './reopening-store.js';
import type { GraphStore } from './store.js';

export interface OpenStoreOptions { onAvailability?: (up: boolean, reason: string) => void }

export async function openStore(config: Config, options: OpenStoreOptions = {}): Promise<GraphStore> {
  if (config.NEO4J_URI) {
    return openNeo4jStore({
      uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE, queryTimeoutMs: config.QUERY_TIMEOUT_MS,
      maxPoolSize: config.NEO4J_MAX_POOL_SIZE, acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
    });
  }
  const open = async () => {
    const store = await openLadybugStore({ dataDir: config.DATA_DIR, queryTimeoutMs: config.QUERY_TIMEOUT_MS });
    return config.ANSWER_CACHE_MB > 0 ? withAnswerCache(store, config.ANSWER_CACHE_MB * 1024 * 1024) : store;
  };
  const file = databaseFile(config.DATA_DIR);
  return reopening(await open(), { open, present: () => existsSync(file), onChange: options.onAvailability });
}

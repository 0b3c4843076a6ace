// Chooses the engine from the configuration: Neo4j when NEO4J_URI is set, the embedded engine otherwise.
import type { Config } from '../config.js';
import { openLadybugStore } from './ladybug-store.js';
import { openNeo4jStore } from './neo4j-store.js';
import type { GraphStore } from './store.js';

export function openStore(config: Config): Promise<GraphStore> {
  if (config.NEO4J_URI) {
    return openNeo4jStore({
      uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE, queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    });
  }
  return openLadybugStore({ dataDir: config.DATA_DIR, queryTimeoutMs: config.QUERY_TIMEOUT_MS });
}

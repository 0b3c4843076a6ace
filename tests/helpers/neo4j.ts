// Neo4j for the contract suites: NEO4J_URI when set, otherwise a testcontainers Neo4j when a container
// runtime answers. When neither is there, the suite says so in one line and is skipped.
import { openNeo4jStore } from '../../server/store/neo4j-store.js';
import type { GraphStore } from '../../server/store/store.js';

export const NEO4J_IMAGE = 'neo4j:5.26.2-community';

export interface Neo4jTarget { available: boolean; reason: string; open: () => Promise<{ store: GraphStore; stop: () => Promise<void> }> }

export async function neo4jTarget(): Promise<Neo4jTarget> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    return {
      available: true, reason: `NEO4J_URI=${uri}`,
      open: async () => {
        const store = await openNeo4jStore({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE ?? 'neo4j', queryTimeoutMs: 10_000 });
        return { store, stop: () => store.close() };
      },
    };
  }
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
  } catch (e) {
    return { available: false, reason: `no container runtime is reachable (${(e as Error).message.split('\n')[0]}) and NEO4J_URI is not set`, open: () => Promise.reject(new Error('unavailable')) };
  }
  return {
    available: true, reason: `testcontainers ${NEO4J_IMAGE}`,
    open: async () => {
      const { Neo4jContainer } = await import('@testcontainers/neo4j');
      const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword('stancegraph-test').start();
      const store = await openNeo4jStore({ uri: container.getBoltUri(), user: 'neo4j', password: 'stancegraph-test', database: 'neo4j', queryTimeoutMs: 10_000 });
      return { store, stop: async () => { await store.close(); await container.stop(); } };
    },
  };
}

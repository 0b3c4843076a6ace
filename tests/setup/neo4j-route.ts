// How this run gets its Neo4j: the server NEO4J_URI names; else real servers built from Maven Central when
// Java and Maven are here (tests/neo4j-launcher); else testcontainers when a container runtime answers;
// else none, and the reason.
import { missingToolchain } from '../neo4j-launcher/launcher.js';

export type Neo4jRoute = { kind: 'uri' | 'maven' | 'testcontainers' } | { kind: 'none'; reason: string };

export const NEO4J_IMAGE = 'neo4j:5.26.30-community';

export async function neo4jRoute(): Promise<Neo4jRoute> {
  if (process.env.NEO4J_URI) return { kind: 'uri' };
  const missing = missingToolchain();
  if (!missing) return { kind: 'maven' };
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return { kind: 'testcontainers' };
  } catch (e) {
    return { kind: 'none', reason: `${missing}, no container runtime answers (${(e as Error).message.split('\n')[0]}), and NEO4J_URI is not set` };
  }
}

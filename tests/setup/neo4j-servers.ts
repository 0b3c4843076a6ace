// Global setup of the "neo4j" test project: one real Neo4j server per vitest worker, so each file has a
// server to itself while it runs; or the one server NEO4J_URI names (the config then runs its files one at
// a time). The servers stop when the run ends; launcher JVMs also exit if this process dies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildLauncher, startNeo4j } from '../neo4j-launcher/launcher.js';
import { NEO4J_IMAGE, neo4jRoute } from './neo4j-route.js';

interface Started { uri: string; user: string; password: string; stop: () => Promise<void> }

/** A ceiling per transaction, as production should set one (docker-compose.yml): an ad-hoc query over it is stopped. */
const TX_MEMORY = '256m';

async function fromContainer(): Promise<Started> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const password = `stancegraph-${Math.random().toString(36).slice(2)}`;
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword(password).withEnvironment({ NEO4J_db_memory_transaction_max: TX_MEMORY }).start();
  return { uri: container.getBoltUri(), user: 'neo4j', password, stop: async () => { await container.stop(); } };
}

export default async function setup(project: TestProject) {
  const route = await neo4jRoute();
  if (route.kind === 'none') throw new Error(`No Neo4j for the neo4j project: ${route.reason}`);
  // Which test process holds which server (tests/helpers/engine.ts); removed with the run.
  const leases = mkdtempSync(path.join(tmpdir(), 'stancegraph-neo4j-leases-'));
  project.provide('neo4jLeases', leases);
  const removeLeases = () => rmSync(leases, { recursive: true, force: true });
  if (route.kind === 'uri') {
    console.log(`Neo4j suites run against NEO4J_URI=${process.env.NEO4J_URI}, one file at a time (the tests empty that database).`);
    project.provide('neo4jServers', [{ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' }]);
    return removeLeases;
  }
  const began = Date.now();
  if (route.kind === 'maven') buildLauncher();
  const count = Math.max(1, Number(project.globalConfig.maxWorkers) || 1);
  const start = () => (route.kind === 'maven' ? startNeo4j({ heap: '768m', pagecache: '128m', txMemory: TX_MEMORY }) : fromContainer());
  const servers: Started[] = await Promise.all(Array.from({ length: count }, start));
  console.log(`Neo4j suites run against ${count} Neo4j 5.26 server(s) (${route.kind === 'maven' ? 'from Maven Central' : NEO4J_IMAGE}), ready in ${((Date.now() - began) / 1000).toFixed(1)} s: ${servers.map((s) => s.uri).join(', ')}`);
  project.provide('neo4jServers', servers.map(({ uri, user, password }) => ({ uri, user, password })));
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
    removeLeases();
  };
}

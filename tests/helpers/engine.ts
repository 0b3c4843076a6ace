// Which engine a test file runs on, and a fresh, empty store of that engine. The vitest config runs every
// suite twice, as the projects "embedded" and "neo4j" (tests/vitest.config.ts); STANCEGRAPH_TEST_ENGINE
// tells a file which one it is in. On Neo4j each vitest worker has a server of its own (tests/setup/neo4j-servers.ts),
// so a file may empty it: no other file uses that server at the same time.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { databaseFile, openDatabase } from '../../server/store/ladybug-open.js';
import { run } from '../../server/store/ladybug-results.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import { openNeo4jStore } from '../../server/store/neo4j-store.js';
import type { Backend, ProfilingStore } from '../../server/store/store.js';

export const ENGINE: Backend = process.env.STANCEGRAPH_TEST_ENGINE === 'neo4j' ? 'neo4j' : 'embedded';
export const onNeo4j = ENGINE === 'neo4j';

export interface Neo4jConnection { uri: string; user: string; password: string }

declare module 'vitest' {
  /** neo4jLeases: a folder the run's global setup made for the leases below, and removes at the end. */
  export interface ProvidedContext { neo4jServers: Neo4jConnection[]; neo4jLeases: string }
}

/** This worker's Neo4j server, leased to this test process: two files emptying one server would corrupt each other. */
export function neo4jConnection(): Neo4jConnection {
  const servers = inject('neo4jServers');
  if (!servers?.length) throw new Error('No Neo4j server was provided to this test run (tests/setup/neo4j-servers.ts).');
  const server = servers[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % servers.length]!;
  lease(server.uri);
  return server;
}

const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };

function lease(uri: string): void {
  const file = path.join(inject('neo4jLeases'), uri.replace(/\W+/g, '-'));
  const holder = existsSync(file) ? Number(readFileSync(file, 'utf8')) : NaN;
  if (holder === process.pid) return;
  if (!Number.isNaN(holder) && alive(holder)) throw new Error(`The Neo4j server ${uri} is in use by another test process (pid ${holder}); each worker must have its own.`);
  writeFileSync(file, String(process.pid));
  process.once('exit', () => rmSync(file, { force: true }));
}

/** Settings that point the app's configuration, or a child process, at the engine under test. */
export function engineEnv(): Record<string, string> {
  if (!onNeo4j) return { NEO4J_URI: '' };
  const { uri, user, password } = neo4jConnection();
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
}

/**
 * Runs one statement on the engine under test's graph, outside any store (which must be closed): this
 * worker's Neo4j, or the embedded database in dataDir. For setting up what no store would write.
 */
export async function runOnTestGraph(dataDir: string, cypher: string): Promise<void> {
  if (onNeo4j) return runOnTestNeo4j(cypher);
  const db = await openDatabase(databaseFile(dataDir));
  const conn = new lbug.Connection(db);
  try {
    await run(conn.query(cypher));
  } finally {
    await conn.close();
    await db.close();
  }
}

/** A driver for this worker's Neo4j, closed after fn. */
async function withTestNeo4j<T>(fn: (driver: neo4j.Driver) => Promise<T>): Promise<T> {
  const { uri, user, password } = neo4jConnection();
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
}

/** Runs one auto-commit statement on this worker's Neo4j database. */
function runOnTestNeo4j(cypher: string): Promise<void> {
  return withTestNeo4j(async (driver) => {
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run(cypher);
    } finally {
      await session.close();
    }
  });
}

/**
 * Waits until no other client's transaction is open on this worker's Neo4j. A process killed in the middle of
 * a load may have sent its COMMIT already: the server then commits after the kill, and reads begun before
 * that would count the nodes of one graph and the relationships of another.
 */
export function untilNeo4jIdle(timeoutMs = 60_000): Promise<void> {
  return withTestNeo4j(async (driver) => {
    for (const deadline = Date.now() + timeoutMs; ;) {
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS open", {}, { database: 'neo4j' });
      const open = Number(records[0]?.get('open') ?? 0);
      if (open === 0) return;
      if (Date.now() > deadline) throw new Error(`Neo4j still has ${open} transaction(s) open after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/** Deletes every node and relationship of this worker's Neo4j database; the schema stays. */
export function emptyNeo4j(): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, so a plain session.run, not executeQuery.
  return runOnTestNeo4j('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** Opens the engine under test over what is already there (a folder, or this worker's Neo4j). */
export function openTestStore(dataDir: string, queryTimeoutMs = 10_000): Promise<ProfilingStore> {
  if (!onNeo4j) return openLadybugStore({ dataDir, queryTimeoutMs });
  const { uri, user, password } = neo4jConnection();
  return openNeo4jStore({ uri, user, password, database: 'neo4j', queryTimeoutMs });
}

export interface FreshStore { store: ProfilingStore; dataDir: string; cleanup: () => Promise<void> }

/**
 * An empty store of the engine under test. The data folder is always made (the app's configuration and
 * some files need one); on Neo4j it holds nothing of the graph.
 */
export async function freshStore(options: { queryTimeoutMs?: number; prefix?: string } = {}): Promise<FreshStore> {
  const dataDir = mkdtempSync(path.join(tmpdir(), options.prefix ?? 'stancegraph-test-'));
  if (onNeo4j) await emptyNeo4j();
  const store = await openTestStore(dataDir, options.queryTimeoutMs);
  return { store, dataDir, cleanup: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
}

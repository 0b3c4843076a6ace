// What only Neo4j's own planner can tell: its EXPLAIN finds every saved report read-only, and refuses writes
// that no text check sees; its transaction timeout stops a runaway query. Runs in the "neo4j" project only;
// tests/cross-engine compares every report's rows with the embedded engine's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActorRepo } from '../../server/api/actors-repo.js';
import { dialectOf, loadReportCatalog } from '../../server/reports/catalog.js';
import { createReportRunner, type ReportRunner } from '../../server/reports/runner.js';
import { verifyReports } from '../../server/reports/verify.js';
import { QueryTimeoutError, ReadOnlyViolationError, type GraphStore } from '../../server/store/store.js';
import { seededStore, snapshot, type Seeded } from './harness.js';

const runnerFor = (store: GraphStore, timeoutMs = 30_000) => createReportRunner({
  store, catalog: loadReportCatalog(dialectOf(store.backend)), actors: createActorRepo(store), timeoutMs, rowCap: 100_000,
});
describe('saved reports on Neo4j', () => {
  let neo4j: Seeded;
  let runner: ReportRunner;

  beforeAll(async () => {
    neo4j = await seededStore();
    runner = runnerFor(neo4j.store);
  });
  afterAll(() => neo4j?.cleanup());

  it('runs on Neo4j', () => expect(neo4j.store.backend).toBe('neo4j'));

  it('accepts every report as read-only', async () => {
    await expect(verifyReports(loadReportCatalog('neo4j'), neo4j.store)).resolves.toBeUndefined();
  });

  it('refuses writes that only the engine can see, and changes nothing', async () => {
    const before = await snapshot(neo4j.store);
    for (const cypher of ["CREATE (:Actor {id: 'intruder'})", "MATCH (a:Actor) WITH a SET a.name = 'x'", "MATCH (a:Actor) CALL { WITH a DETACH DELETE a } RETURN 1"]) {
      await expect(neo4j.store.readText(cypher, {}, { timeoutMs: 5000, rowCap: 10 })).rejects.toBeInstanceOf(ReadOnlyViolationError);
    }
    await expect(runner.query('LOAD CSV FROM "file:///etc/hostname" AS l RETURN l', {})).rejects.toBeInstanceOf(ReadOnlyViolationError);
    expect(await snapshot(neo4j.store)).toEqual(before);
  });

  it('stops a runaway query at the timeout', async () => {
    await expect(runnerFor(neo4j.store, 200).query('MATCH p = (a:Actor)-[*1..30]-(b:Actor) RETURN count(p) AS paths', {})).rejects.toBeInstanceOf(QueryTimeoutError);
  });
});

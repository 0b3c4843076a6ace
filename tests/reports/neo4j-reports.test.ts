// Every saved report on Neo4j gives the rows the embedded engine gives (whose answers the other
// files check against the seed data), writes are refused and a runaway query is stopped. Runs when
// NEO4J_URI is set or a container runtime answers; otherwise says why in one line and is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActorRepo } from '../../server/api/actors-repo.js';
import { loadReportCatalog } from '../../server/reports/catalog.js';
import { createReportRunner, type ReportRunner } from '../../server/reports/runner.js';
import type { RunResultJson } from '../../server/reports/shapes.js';
import { verifyReports } from '../../server/reports/verify.js';
import { QueryTimeoutError, ReadOnlyViolationError, type GraphStore } from '../../server/store/store.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { neo4jTarget } from '../helpers/neo4j.js';
import { lines, seededStore, snapshot, type Seeded } from './harness.js';

const target = await neo4jTarget();
console.log(target.available ? `Saved reports on Neo4j run against ${target.reason}` : `Saved reports on Neo4j SKIPPED: ${target.reason}`);

/** Each report with its defaults, and the other parameter sets the embedded tests use. */
const CASES: [string, Record<string, unknown>][] = [
  ['statements-about', { target: 'azerbaijan' }], ['statements-about', { target: 'russia', from: '2023-09-20', to: '2023-09-21', undated: false }],
  ['statements-by', { speaker: 'russia' }], ['statements-by', { speaker: 'azerbaijan', stance: 'states', undated: false, limit: 3 }],
  ['said-about', { speaker: 'russia', target: 'azerbaijan' }], ['said-about', { speaker: 'russia', target: 'azerbaijan', viaOffice: true }],
  ['stance-matrix', {}], ['stance-matrix', { speakerKind: 'person', targetKind: 'state', minStatements: 2 }],
  ['contradictions', {}], ['contradictions', { position: 'ethnic-cleansing' }],
  ['bloc-reactions', { bloc: 'csto', target: 'azerbaijan' }], ['bloc-reactions', { bloc: 'european-union', target: 'azerbaijan', depth: 1 }],
  ['silent-allies', { actor: 'russia', target: 'azerbaijan' }], ['silent-allies', { actor: 'armenia', target: 'karabakh-armenians', viaOffice: false }],
  ['tie-network', { actor: 'csto' }], ['tie-network', { actor: 'armenia', depth: 1 }],
  ['connection', { from: 'csto', to: 'turkey' }], ['connection', { from: 'armenia', to: 'azerbaijan', maxHops: 2 }],
  ['timeline', {}], ['timeline', { from: '2023-09-19', to: '2023-09-21', actor: 'russia' }],
  ['most-vocal', {}], ['most-vocal', { kind: 'person', from: '2023-09-19', to: '2023-09-25', undated: false, limit: 5 }],
  ['most-targeted', {}], ['most-targeted', { kind: 'person', undated: false, limit: 10 }],
  ['position-sides', {}], ['position-sides', { position: 'peacekeepers-told-in-advance' }],
  ['escalation', {}], ['escalation', { target: 'azerbaijan', from: '2023-09-19', to: '2023-10-10', includeCritical: true }],
  ['source-coverage', {}], ['source-coverage', { maxSources: 2, speaker: 'azerbaijan' }],
  ['first-hostile', {}], ['first-hostile', { speaker: 'dmitry-medvedev' }],
  ['stance-reversals', {}], ['stance-reversals', { includeCritical: true }],
];

const runnerFor = (store: GraphStore, timeoutMs = 30_000) => createReportRunner({
  store, catalog: loadReportCatalog(store.backend === 'neo4j' ? 'neo4j' : 'ladybug'), actors: createActorRepo(store), timeoutMs, rowCap: 100_000,
});
const comparable = (r: RunResultJson) => ({ columns: r.columns, rows: lines(r.rows, r.columns), edges: r.graph?.edges.length, nodes: r.graph?.nodes.length });

describe.skipIf(!target.available)(`saved reports on Neo4j (${target.reason})`, () => {
  let neo4j: Awaited<ReturnType<typeof target.open>>;
  let embedded: Seeded;
  let onNeo4j: ReportRunner;
  let onEmbedded: ReportRunner;

  beforeAll(async () => {
    embedded = await seededStore();
    neo4j = await target.open();
    await loadDataset(neo4j.store, embedded.data);
    onNeo4j = runnerFor(neo4j.store);
    onEmbedded = runnerFor(embedded.store);
  }, 300_000);
  afterAll(async () => {
    await neo4j?.stop();
    await embedded?.cleanup();
  });

  it('accepts every report as read-only', async () => {
    await expect(verifyReports(loadReportCatalog('neo4j'), neo4j.store)).resolves.toBeUndefined();
  });

  it.each(CASES)('%s %j gives the same rows as on the embedded engine', async (name, params) => {
    const [a, b] = await Promise.all([onNeo4j.run(name, params), onEmbedded.run(name, params)]);
    expect(a.meta.backend).toBe('neo4j');
    expect(comparable(a)).toEqual(comparable(b));
  });

  it('refuses writes that only the engine can see, and changes nothing', async () => {
    const before = await snapshot(neo4j.store);
    for (const cypher of ["CREATE (:Actor {id: 'intruder'})", "MATCH (a:Actor) WITH a SET a.name = 'x'", "MATCH (a:Actor) CALL { WITH a DETACH DELETE a } RETURN 1"]) {
      await expect(neo4j.store.readText(cypher, {}, { timeoutMs: 5000, rowCap: 10 })).rejects.toBeInstanceOf(ReadOnlyViolationError);
    }
    await expect(onNeo4j.query('LOAD CSV FROM "file:///etc/hostname" AS l RETURN l', {})).rejects.toBeInstanceOf(ReadOnlyViolationError);
    expect(await snapshot(neo4j.store)).toEqual(before);
  });

  it('stops a runaway query at the timeout', async () => {
    await expect(runnerFor(neo4j.store, 200).query('MATCH p = (a:Actor)-[*1..30]-(b:Actor) RETURN count(p) AS paths', {})).rejects.toBeInstanceOf(QueryTimeoutError);
  });
});

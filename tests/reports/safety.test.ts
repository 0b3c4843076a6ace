// Reports and ad-hoc queries only ever read: every write attempt is refused and the graph stays the
// same; a runaway query is stopped by the timeout; a huge result is cut at the row cap.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadReportCatalog, type Report } from '../../server/reports/catalog.js';
import { verifyReports } from '../../server/reports/verify.js';
import { ReadOnlyViolationError } from '../../server/store/store.js';
import { ENGINE, onNeo4j } from '../helpers/engine.js';
import { appOver, runReport, seededStore, snapshot, type RunBody, type Seeded } from './harness.js';

let seeded: Seeded;
let open: FastifyInstance;
let tight: FastifyInstance;
let capped: FastifyInstance;
let closed: FastifyInstance;
let before: unknown;
let scratch: string;

beforeAll(async () => {
  seeded = await seededStore();
  open = await appOver(seeded, { ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true' });
  // The time limit on its own, with the default row cap: a runaway query is stopped by the clock alone.
  tight = await appOver(seeded, { ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true', QUERY_TIMEOUT_MS: '100' });
  // The row cap on its own, with the default time limit: a busy machine must not turn a cut result into a timeout.
  capped = await appOver(seeded, { ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true', QUERY_ROW_CAP: '10' });
  closed = await appOver(seeded);
  before = await snapshot(seeded.store);
  scratch = mkdtempSync(path.join(tmpdir(), 'stancegraph-scratch-'));
});
afterAll(async () => {
  for (const app of [open, tight, capped, closed]) await app?.close();
  await seeded?.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const adhoc = async (app: FastifyInstance, cypher: string, params: Record<string, unknown> = {}) => {
  const res = await app.inject({ method: 'POST', url: '/api/query', payload: { cypher, params } });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.json() as RunBody & { detail?: string } };
};

/** Writes of every kind, and reads that reach outside the database. */
const ATTEMPTS: [string, (dir: string) => string][] = [
  ['CREATE', () => "CREATE (:Actor {id: 'intruder', name: 'Intruder'})"],
  ['CREATE after a read', () => "MATCH (a:Actor) WITH a LIMIT 1 CREATE (:Actor {id: 'intruder'}) RETURN a.id"],
  ['MERGE', () => "MERGE (a:Actor {id: 'intruder'}) RETURN a.id"],
  ['SET', () => "MATCH (a:Actor) WHERE a.id = 'russia' SET a.name = 'Renamed' RETURN a.name"],
  ['set in lower case', () => "match (a:Actor) where a.id = 'russia' set a.name = 'Renamed' return a.name"],
  ['SET hidden after WITH', () => "MATCH (a:Actor) WITH a WHERE a.id = 'russia' WITH a SET a.name = 'Renamed' RETURN a.name"],
  ['DETACH DELETE', () => 'MATCH (s:Statement) DETACH DELETE s'],
  ['DELETE a relationship', () => 'MATCH ()-[r:SAID]->() DELETE r'],
  ['REMOVE', () => 'MATCH (a:Actor) REMOVE a.description RETURN count(a) AS n'],
  ['FOREACH', () => "MATCH (a:Actor) WITH collect(a) AS all_ FOREACH (x IN all_ | SET x.name = 'x')"],
  ['write inside a subquery', () => "MATCH (a:Actor) CALL { WITH a CREATE (:Actor {id: 'intruder'}) } RETURN count(a) AS n"],
  ['write inside CALL IN TRANSACTIONS', () => "MATCH (a:Actor) CALL { WITH a DETACH DELETE a } IN TRANSACTIONS RETURN 1"],
  ['a procedure that writes', () => "CALL apoc.create.node(['Actor'], {id: 'intruder'}) YIELD node RETURN node"],
  ['an engine procedure', () => 'CALL show_tables() RETURN *'],
  ['LOAD CSV', () => "LOAD CSV FROM 'file:///etc/hostname' AS line CREATE (:Actor {id: line[0]})"],
  ['LOAD CSV that only reads', () => "LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line"],
  ['LOAD FROM a file', () => "LOAD FROM '/etc/hostname' (file_format='csv') RETURN *"],
  ['COPY FROM a file', () => "COPY Actor FROM '/etc/hostname'"],
  ['COPY TO a file', (dir) => `COPY (MATCH (a:Actor) RETURN a.id) TO '${dir}/out.csv'`],
  ['EXPORT DATABASE', (dir) => `EXPORT DATABASE '${dir}/dump'`],
  ['schema change', () => 'CREATE NODE TABLE Evil(id STRING PRIMARY KEY)'],
  ['DROP', () => 'DROP TABLE Actor'],
  ['ATTACH', (dir) => `ATTACH '${dir}/other.lbug' AS other (dbtype lbug)`],
  ['a second statement', () => "MATCH (a:Actor) RETURN count(a) AS n; CREATE (:Actor {id: 'intruder'})"],
  ['a second statement after a comment', () => "MATCH (a:Actor) RETURN count(a) AS n /* ; */ ; MATCH (b) DETACH DELETE b"],
];

describe('ad-hoc queries', () => {
  it.each(ATTEMPTS)('refuse %s with a 403 and change nothing', async (_what, cypher) => {
    const { status, type, body } = await adhoc(open, cypher(scratch));
    expect(status).toBe(403);
    expect(type).toContain('application/problem+json');
    expect(body.detail).toMatch(/read/i);
    expect(await snapshot(seeded.store)).toEqual(before);
    expect(existsSync(path.join(scratch, 'out.csv')) || existsSync(path.join(scratch, 'dump'))).toBe(false);
  });

  it('run a read, with words like CREATE inside strings and comments', async () => {
    const { status, body } = await adhoc(open, "// CREATE nothing\nMATCH (a:Actor) WHERE a.id = $id RETURN a.name AS name, 'CREATE (x) SET y' AS words", { id: 'russia' });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ name: 'Russia', words: 'CREATE (x) SET y' }]);
    expect(body.meta).toMatchObject({ rowCount: 1, truncated: false, backend: ENGINE });
  });

  it('answer 400 for Cypher the engine cannot read', async () => {
    const { status, body } = await adhoc(open, 'MATCH (a:Actor RETURN a');
    expect(status).toBe(400);
    expect(body.detail).toMatch(/not valid Cypher/);
  });

  it('are refused with 403 when the configuration does not enable them', async () => {
    const { status, body } = await adhoc(closed, 'MATCH (a:Actor) RETURN count(a) AS n');
    expect(status).toBe(403);
    expect(body.detail).toMatch(/ENABLE_ADHOC_QUERIES/);
  });
});

describe('the engine check under the static one', () => {
  it.each(ATTEMPTS.slice(0, 10))('refuses %s in the store itself', async (_what, cypher) => {
    await expect(seeded.store.readText(cypher(scratch), {}, { timeoutMs: 5000, rowCap: 10 })).rejects.toThrow();
    expect(await snapshot(seeded.store)).toEqual(before);
  });

  it('says a plain CREATE is not read-only', async () => {
    await expect(seeded.store.readText("CREATE (:Actor {id: 'intruder'})", {}, { timeoutMs: 5000, rowCap: 10 })).rejects.toBeInstanceOf(ReadOnlyViolationError);
  });
});

describe('reports', () => {
  const writeReport = (dir: string, name: string, body: string) => writeFileSync(path.join(dir, `${name}.cypher`),
    `// @title A report\n// @description It tries to write.\n// @param id actorId required "An actor"\n${body}\n`);

  it.each([
    ['SET', "MATCH (a:Actor) WHERE a.id = $id SET a.name = 'x' RETURN a.name"],
    ['a write after WITH', "MATCH (a:Actor) WHERE a.id = $id WITH a CREATE (:Actor {id: 'intruder'}) RETURN a.id"],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/hostname' AS line MATCH (a:Actor) WHERE a.id = $id RETURN line"],
    ['CALL of a procedure', "CALL apoc.periodic.iterate('MATCH (a) RETURN a', 'DETACH DELETE a', {}) YIELD batches MATCH (a:Actor) WHERE a.id = $id RETURN a"],
    ['a write in a subquery', "MATCH (a:Actor) WHERE a.id = $id CALL { WITH a DELETE a } RETURN 1"],
  ])('that write (%s) are rejected when the catalog loads, by name', (_what, cypher) => {
    const dir = mkdtempSync(path.join(scratch, 'catalog-'));
    writeReport(dir, 'harmless', 'MATCH (a:Actor) WHERE a.id = $id RETURN a.name AS name');
    writeReport(dir, 'sneaky-writer', cypher);
    expect(() => loadReportCatalog('ladybug', dir)).toThrow(/Report "sneaky-writer" \(sneaky-writer\.cypher\): a report must only read/);
  });

  it('that the engine says would write are rejected when checked with the engine, by name', async () => {
    const shipped = loadReportCatalog(onNeo4j ? 'neo4j' : 'ladybug');
    const writer: Report = { ...shipped.get('statements-about')!, name: 'engine-writer', cypher: "CREATE (:Actor {id: 'intruder'})", params: [] };
    await expect(verifyReports(new Map([['engine-writer', writer]]), seeded.store)).rejects.toThrow(/Report "engine-writer" .* would write/);
    await expect(verifyReports(shipped, seeded.store)).resolves.toBeUndefined();
    expect(await snapshot(seeded.store)).toEqual(before);
  });

  it('take hostile parameter values as values, never as Cypher', async () => {
    const hostile = "x' OR 1=1 }) MATCH (n) DETACH DELETE n //";
    expect((await runReport(open, 'statements-about', { target: hostile })).status).toBe(400);
    const { status, body } = await runReport(open, 'contradictions', { position: hostile });
    expect(status).toBe(200);
    expect(body.rows).toEqual([]);
    expect(await snapshot(seeded.store)).toEqual(before);
  });
});

describe('bounds', () => {
  it('stop a runaway query at the timeout with a 504', async () => {
    const started = Date.now();
    const { status, type, body } = await adhoc(tight, 'MATCH p = (a:Actor)-[*1..30]-(b:Actor) RETURN count(p) AS paths');
    expect(status).toBe(504);
    expect(type).toContain('application/problem+json');
    expect(body.detail).toMatch(/time limit/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cut a huge ad-hoc result at the row cap', async () => {
    const { status, body } = await adhoc(capped, 'UNWIND range(1, 100000) AS i RETURN i');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(10);
    expect(body.meta).toMatchObject({ rowCount: 10, truncated: true });
  });

  it('cut a report and its graph at the row cap', async () => {
    const { status, body } = await runReport(capped, 'stance-matrix');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(10);
    expect(body.meta.truncated).toBe(true);
    expect(body.graph).toMatchObject({ truncated: true });
    expect(body.graph!.edges).toHaveLength(10);
  });

  it('leave a result under the cap whole', async () => {
    const params = { position: 'peacekeepers-told-in-advance' };
    const { body } = await runReport(capped, 'position-sides', params);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows.length).toBeLessThan(10);
    expect(body.meta).toMatchObject({ rowCount: body.rows.length, truncated: false });
    expect(body.rows).toEqual((await runReport(open, 'position-sides', params)).body.rows);
  });
});

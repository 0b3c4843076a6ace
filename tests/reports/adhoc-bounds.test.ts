// Ad-hoc queries within bounds on both engines: parameters too deep or too large are refused before
// the engine sees them, an error the engine raises for the query is a 400 in plain words, a query over
// the memory ceiling is stopped (Neo4j), and only a token or an explicit operator choice lets one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { tokenEntry } from '../../server/auth/tokens.js';
import { MAX_BODY_DEPTH } from '../../server/plugins/json-body.js';
import { MAX_PARAM_BYTES, MAX_PARAM_DEPTH } from '../../server/reports/param-limits.js';
import { onNeo4j } from '../helpers/engine.js';
import { appOver, seededStore, snapshot, type Seeded } from './harness.js';

const READER = 'reader-token-for-adhoc';
let seeded: Seeded;
let anonymous: FastifyInstance;
let tokened: FastifyInstance;
/** Neo4j: a time limit far away, so that what stops a query is the memory ceiling, not the clock. */
let roomy: FastifyInstance | undefined;

beforeAll(async () => {
  seeded = await seededStore();
  anonymous = await appOver(seeded, { ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true' });
  tokened = await appOver(seeded, { ENABLE_ADHOC_QUERIES: 'true', API_TOKENS: tokenEntry('analyst', 'reader', READER) });
  if (onNeo4j) roomy = await appOver(seeded, { ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true', QUERY_TIMEOUT_MS: '300000' });
});
// Each app closes the store they share when it closes: all of them at the end, together.
afterAll(async () => {
  for (const app of [anonymous, tokened, roomy]) await app?.close();
  await seeded?.cleanup();
});

const adhoc = async (app: FastifyInstance, cypher: string, params: Record<string, unknown> = {}, token?: string) => {
  const res = await app.inject({ method: 'POST', url: '/api/query', payload: { cypher, params }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.statusCode, body: res.json() as { detail?: string; errors?: { field: string; message: string }[]; rows?: unknown[] } };
};

/** The body as JSON text, for values too deep for JSON.stringify. */
const adhocText = async (payload: string) => {
  const res = await anonymous.inject({ method: 'POST', url: '/api/query', headers: { 'content-type': 'application/json' }, payload });
  return { status: res.statusCode, body: res.json() as { detail?: string; errors?: unknown } };
};

/** [[…[1]…]] as JSON text: a value this deep cannot be made by JSON.stringify, whose recursion overflows. */
const nestedJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const nested = (depth: number): unknown => JSON.parse(nestedJson(depth));

describe('parameters', () => {
  it.each([MAX_PARAM_DEPTH + 1, 24])('nested %i levels deep are refused at once with a 400 naming the parameter and the limit', async (depth) => {
    const started = Date.now();
    const { status, body } = await adhocText(`{"cypher": "RETURN size($deep) AS n", "params": {"deep": ${nestedJson(depth)}}}`);
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: 'params.deep', message: expect.stringContaining(`at most ${MAX_PARAM_DEPTH} are allowed`) }]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([1000, 100_000])('nested %i levels deep are refused as the body is read, with a 400 naming the limit', async (depth) => {
    const { status, body } = await adhocText(`{"cypher": "RETURN size($deep) AS n", "params": {"deep": ${nestedJson(depth)}}}`);
    expect(status).toBe(400);
    expect(body.detail).toMatch(new RegExp(`nested more than ${MAX_BODY_DEPTH} levels`));
  });

  it('nested up to the limit still run', async () => {
    const { status, body } = await adhoc(anonymous, 'RETURN size($deep) AS n', { deep: nested(MAX_PARAM_DEPTH) });
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ n: 1 }]);
  });

  it('larger than the limit are refused with a 400 naming the parameter and the limit', async () => {
    const big = Array.from({ length: MAX_PARAM_BYTES / 4 }, (_, i) => `v${i}`);
    const { status, body } = await adhoc(anonymous, 'RETURN size($big) AS n', { big, small: 'ok' });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: 'params.big', message: expect.stringContaining(`at most ${MAX_PARAM_BYTES} are allowed`) }]);
  });
});

describe('engine errors', () => {
  it('answer 400 with the engine\'s words and nothing of its insides', async () => {
    const { status, body } = await adhoc(anonymous, 'UNWIND [1, 0] AS x RETURN 10 / x AS q');
    expect(status).toBe(400);
    expect(body.detail).toMatch(/^The engine stopped the query: .*zero/i);
    expect(body.detail).not.toMatch(/exception|\bat \w|org\.neo4j|\n/i);
    expect(body.errors).toEqual([{ field: 'cypher', message: expect.stringMatching(/zero/i) }]);
  });

  it('for a value the engine cannot convert answer 400 too', async () => {
    const { status, body } = await adhoc(anonymous, 'RETURN date($d) AS d', { d: 'not-a-date' });
    expect(status).toBe(400);
    expect(body.detail).toMatch(/^The (engine stopped the query|query is not valid Cypher): .*date/i);
    expect(body.detail).not.toMatch(/exception|org\.neo4j|\n|\^/i);
  });
});

describe.runIf(onNeo4j)('the memory ceiling (db.memory.transaction.max)', () => {
  it('stops a query that would hold GBs, with a 400, and the server goes on', async () => {
    const started = Date.now();
    const { status, body } = await adhoc(roomy!, "UNWIND range(1, 50000000) AS i WITH collect(toString(i) + '-padding-to-fill-memory') AS l RETURN size(l) AS n");
    expect(status).toBe(400);
    expect(body.detail).toMatch(/more memory than one query may use/);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect((await adhoc(roomy!, 'RETURN 1 AS one')).body.rows).toEqual([{ one: 1 }]);
  }, 90_000);

  it('answers the range the attack used without holding it (Neo4j\'s range is lazy)', async () => {
    const { status, body } = await adhoc(roomy!, 'WITH range(1,10000000) AS l RETURN size(l) AS n');
    expect(status).toBe(200);
    expect(body.rows).toEqual([{ n: 10_000_000 }]);
  });
});

describe('anonymous ad-hoc queries', () => {
  it('need a token when ENABLE_ADHOC_QUERIES is on alone', async () => {
    const before = await snapshot(seeded.store);
    const refused = await adhoc(tokened, 'MATCH (a:Actor) RETURN count(a) AS n');
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/API token/);
    const allowed = await adhoc(tokened, 'MATCH (a:Actor) RETURN count(a) AS n', {}, READER);
    expect(allowed.status).toBe(200);
    expect(await snapshot(seeded.store)).toEqual(before);
  });

  it('run without one only when ALLOW_ANONYMOUS_ADHOC_QUERIES says so', async () => {
    expect((await adhoc(anonymous, 'MATCH (a:Actor) RETURN count(a) AS n')).status).toBe(200);
  });
});

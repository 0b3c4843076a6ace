// The production engine: Neo4j 5 through the official driver. One driver per process, connectivity
// verified at start, parameters always; managed transactions for writes, and for named reads one
// auto-commit query each (see read).
import neo4j, { type Driver, type Record as Neo4jRecord, type Result } from 'neo4j-driver';
import { performance } from 'node:perf_hooks';
import { BatchSizer } from './batch-sizer.js';
import { loadQueryCatalog, loadSchema, type QueryCatalog } from '../queries/catalog.js';
import { deriveWhereMissing } from './derived-relationships.js';
import { SPOKE_ABOUT_PAIRS_QUERIES, type QueryName } from '../queries/names.js';
import { neo4jPlanOperators } from './neo4j-plan.js';
import { ResultWalk } from './neo4j-values.js';
import type { Json } from './values.js';
import {
  answers, QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError,
  type LoadTable, type Params, type PlanOperator, type ProfilingStore, type Row, type TextQueryOptions, type TextQueryResult, type WriteStep,
} from './store.js';

export interface Neo4jOptions {
  uri: string; user: string; password?: string; database: string; queryTimeoutMs: number;
  /** Connections per server the driver may open, and how long a query waits for one (ms). */
  maxPoolSize?: number; acquisitionTimeoutMs?: number;
}

export async function openNeo4jStore(options: Neo4jOptions): Promise<ProfilingStore> {
  const auth = options.password === undefined ? undefined : neo4j.auth.basic(options.user, options.password);
  const driver = neo4j.driver(options.uri, auth, {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 10_000,
  });
  try {
    await driver.verifyConnectivity({ database: options.database });
  } catch (e) {
    await driver.close();
    throw new Error(`Cannot reach Neo4j at ${options.uri} (database "${options.database}"): ${(e as Error).message}`, { cause: e });
  }
  const store = new Neo4jStore(driver, options.database, loadQueryCatalog('neo4j'), options.queryTimeoutMs);
  await store.applySchema(loadSchema('neo4j'));
  // The fold per pair in its own transaction: with the ones per stance in one, a large graph's went past
  // the transaction memory. Missing, it is built again at the next start (derive/spoke-about-missing).
  await deriveWhereMissing(store, SPOKE_ABOUT_PAIRS_QUERIES);
  return store;
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
/**
 * The driver's fetch size for "every record in one PULL" (its internal FETCH_ALL), for named reads: all
 * their rows are used, and the driver's batches of 1,000 each cost a round trip (a hub's 7,037 "spoke
 * about" rows took 8; its neighbourhood went from 142-162 to 111-134 ms). Reports and ad-hoc queries
 * keep the batches: they stop at their row cap.
 */
const FETCH_ALL = -1;

/** A session (an auto-commit query) or a transaction: what runs a query. */
type Runner = { run(cypher: string, params: Record<string, unknown>): Result };

/**
 * Starts a query without the stack trace the driver reads for every result (to give a later failure the
 * caller's stack): under tsx each read maps every frame through the source maps, about 0.3 ms a query
 * in the server, a sixth of a key lookup. The store names its failures itself (translate).
 */
function withoutStack(start: () => Result): Result {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

class Neo4jStore implements ProfilingStore {
  readonly backend = 'neo4j' as const;
  private closed = false;

  constructor(private readonly driver: Driver, private readonly database: string, private readonly queries: QueryCatalog, private readonly timeoutMs: number) {}

  async applySchema(statements: string[]): Promise<void> {
    // Schema commands cannot share a transaction with each other in Neo4j, so each runs alone.
    for (const s of statements) await this.driver.executeQuery(s, {}, { database: this.database });
  }

  async read(name: QueryName, params: Params = {}): Promise<Row[]> {
    // An auto-commit query: one round trip fewer than a managed transaction (no COMMIT), 0.5-1 ms of a
    // 3-5 ms read. A failure the driver calls retryable (a cluster member gone, a leader switch) is tried
    // once more (executeRead would keep trying for 30 s); any other fails at once.
    const cypher = this.cypher(name), p = neo4jParams(params);
    return this.session('READ', async (s) => {
      const attempt = async () => this.rows(s, (await withoutStack(() => s.run(cypher, p, { timeout: this.timeoutMs }))).records);
      return attempt().catch((e: unknown) => (neo4j.isRetryableError(e) ? attempt() : Promise.reject(e)));
    }, FETCH_ALL);
  }

  /** The named read under PROFILE (which runs it), refused first unless it only reads, as readText does. */
  async profile(name: QueryName, params: Params = {}): Promise<PlanOperator[]> {
    const cypher = this.cypher(name);
    const { summary } = await this.session('READ', async (s) => {
      await this.refuseWrites(s, cypher, params, `The query "${name}" would write to the database; reads may not.`);
      return s.run(`PROFILE ${cypher}`, neo4jParams(params), { timeout: this.timeoutMs });
    });
    if (!summary.profile) throw new Error(`Neo4j gave no profile for the query "${name}"`);
    return neo4jPlanOperators(summary.profile);
  }

  async readText(cypher: string, params: Params, options: TextQueryOptions): Promise<TextQueryResult> {
    return this.session('READ', async (s) => {
      await this.refuseWrites(s, cypher, params, 'The query would write to the database; only read queries may run here.');
      // One explicit transaction, not executeRead: a query stopped at db.memory.transaction.max fails with a
      // transient error, which executeRead would retry for 30 s; the same query would only fail again.
      const tx = s.beginTransaction({ timeout: options.timeoutMs });
      try {
        const result = withoutStack(() => tx.run(cypher, neo4jParams(params)));
        const records: Neo4jRecord[] = [];
        let truncated = false;
        for await (const record of result) {
          if (records.length === options.rowCap) { truncated = true; break; }
          records.push(record);
        }
        const columns = records[0]?.keys.map(String) ?? (await result.keys()).map(String);
        return { columns, rows: await this.rows(tx, records), truncated };
      } finally {
        await tx.close();
      }
    });
  }

  async write(steps: WriteStep[]): Promise<void> {
    await this.session('WRITE', (s) => s.executeWrite(async (tx) => {
      for (const step of steps) await tx.run(this.cypher(step.query), neo4jParams(step.params));
    }));
  }

  /** One transaction; each table's UNWIND batches are sized by measured rows per millisecond. */
  async writeTables(tables: LoadTable[]): Promise<void> {
    await this.session('WRITE', (s) => s.executeWrite(async (tx) => {
      for (const { query, rows } of tables) {
        const sizer = new BatchSizer();
        for (let i = 0; i < rows.length;) {
          const batch = rows.slice(i, i + sizer.next);
          const started = performance.now();
          await tx.run(this.cypher(query), neo4jParams({ rows: batch }));
          sizer.record(batch.length, performance.now() - started);
          i += batch.length;
        }
      }
    }));
  }

  async health(): Promise<boolean> {
    if (this.closed) return false;
    return answers(() => this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  /** A READ session alone does not stop a write on a single server: EXPLAIN tells the query type first. */
  private async refuseWrites(s: neo4j.Session, cypher: string, params: Params, message: string): Promise<void> {
    const plan = await s.executeRead((tx) => withoutStack(() => tx.run(`EXPLAIN ${cypher}`, neo4jParams(params)))).catch((e) => { throw this.translate(e); });
    if (plan.summary.queryType !== 'r') throw new ReadOnlyViolationError(message);
  }

  private cypher(name: QueryName): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`Unknown query "${name}"`);
    return text;
  }

  private async session<T>(mode: 'READ' | 'WRITE', fn: (s: neo4j.Session) => Promise<T>, fetchSize?: number): Promise<T> {
    if (this.closed) throw new StoreUnavailableError('The Neo4j driver is closed.');
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, fetchSize });
    try {
      return await fn(session);
    } catch (e) {
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }

  private translate(e: unknown): Error {
    if (e instanceof ReadOnlyViolationError || e instanceof QuerySyntaxError) return e;
    const err = e as { code?: string; message?: string };
    const code = err.code ?? '';
    if (UNAVAILABLE.has(code) || this.closed) return new StoreUnavailableError(`Neo4j is unavailable: ${err.message}`);
    // Every pooled connection busy for NEO4J_ACQUISITION_TIMEOUT_MS: the server is overloaded, not broken (503, not 500).
    if (/Connection acquisition timed out/.test(err.message ?? '')) return new StoreUnavailableError(`Neo4j is busy: ${err.message}`);
    if (/TransactionTimedOut|Transaction\.Terminated|TransactionTimedOutClientConfiguration/.test(code)) return new QueryTimeoutError('The query ran past its time limit and was stopped.');
    if (code.startsWith('Neo.ClientError.Statement.SyntaxError') || code.startsWith('Neo.ClientError.Statement.SemanticError')) return new QuerySyntaxError(err.message ?? code);
    if (code === 'Neo.ClientError.Statement.AccessMode' || code.includes('ForbiddenDueToTransactionType')) return new ReadOnlyViolationError('The query would write to the database; only read queries may run here.');
    return e instanceof Error ? e : new Error(String(e));
  }

  private async rows(tx: Runner, records: Neo4jRecord[]): Promise<Row[]> {
    const walk = new ResultWalk();
    const rows = walk.rows(records);
    const missing = walk.missingEnds();
    const found = new Map<string, Json>();
    if (missing.length > 0) {
      const result = await withoutStack(() => tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id', { ids: missing }));
      for (const f of result.records) found.set(f.get('e'), f.get('id'));
    }
    walk.nameEnds(found);
    return rows as Row[];
  }
}

/** JavaScript numbers reach Neo4j as floats; whole numbers must go as integers (LIMIT, SKIP, ranges). */
function neo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(neo4jParams);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neo4jParams(v)]));
  return value;
}

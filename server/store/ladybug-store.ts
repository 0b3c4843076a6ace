// The embedded engine: LadybugDB in-process. One read-write Database per process, a small pool of
// connections for read-only transactions, and one connection that serialises write transactions.
//
// A write that fails on I/O (a full disk) leaves a torn record in the write-ahead log, and LadybugDB
// 0.19.1 keeps appending after it: replay stops at the torn record, so every write committed after it
// would be lost in a crash (found by filling a tmpfs). So after such a failure the log is folded into
// the database file (CHECKPOINT, which starts a new log) before the next write; while that fails the
// write fails too, and the log still holds every committed write. Closing folds the log first as well:
// the engine aborts the process when its own fold at close fails, so on failure it is left to replay.
import { mkdirSync } from 'node:fs';
import lbug from '@ladybugdb/core';
import type { Connection, Database, PreparedStatement } from '@ladybugdb/core';
import { loadQueryCatalog, loadSchema, type QueryCatalog } from '../queries/catalog.js';
import { deriveWhereMissing } from './derived-relationships.js';
import { writeLinksWhereMissing } from './statement-links.js';
import type { QueryName } from '../queries/names.js';
import { databaseFile, openDatabase } from './ladybug-open.js';
import { ladybugPlanOperators } from './ladybug-plan.js';
import { allRows, run, withResult } from './ladybug-results.js';
import { collectNodeIds, columnValues, fieldsJson, missingEnds } from './ladybug-values.js';
import type { Json } from './values.js';
import {
  answers, QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError,
  type LoadTable, type Params, type PlanOperator, type ProfilingStore, type Row, type TextQueryOptions, type TextQueryResult, type WriteStep,
} from './store.js';

export { DATABASE_FILE } from './ladybug-open.js';
const READ_CONNECTIONS = 4;
/** Rows per UNWIND batch when loading: LadybugDB runs a load in one local transaction, so size matters little. */
const LOAD_BATCH = 1000;
/** The parameters a query may name to be given the actors of a list parameter as offsets (see read). */
const OFFSET_PARAMS = Object.entries({ actorOffsets: 'ids', withinOffsets: 'within' })
  .map(([param, list]) => ({ param, list, named: new RegExp(`\\$${param}\\b`) }));
/** How the engine reports a failed read or write of its files (a full disk among them). */
const IO_FAILURE = /IO exception|No space left|ENOSPC/i;

export interface LadybugOptions {
  dataDir: string;
  queryTimeoutMs: number;
  /** Told when a text query has its connection and starts to run (its time limit counts from here). */
  onTextQueryStart?: () => void;
}

export async function openLadybugStore(options: LadybugOptions): Promise<ProfilingStore> {
  mkdirSync(options.dataDir, { recursive: true });
  const db = await openDatabase(databaseFile(options.dataDir));
  const store = new LadybugStore(db, loadQueryCatalog('ladybug'), options.queryTimeoutMs, options.onTextQueryStart);
  await store.applySchema(loadSchema('ladybug'));
  await deriveWhereMissing(store);
  await writeLinksWhereMissing(store);
  return store;
}

class Pool {
  private idle: Connection[] = [];
  private waiting: ((c: Connection) => void)[] = [];
  private drained: (() => void)[] = [];
  constructor(readonly all: Connection[]) { this.idle = [...all]; }
  async use<T>(fn: (c: Connection) => Promise<T>): Promise<T> {
    const conn = this.idle.pop() ?? (await new Promise<Connection>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(conn);
    } finally {
      const next = this.waiting.shift();
      if (next) next(conn); else this.idle.push(conn);
      if (this.idle.length === this.all.length) this.drained.splice(0).forEach((d) => d());
    }
  }
  /** Resolves when no connection is in use: closing one mid-query would take the engine down. */
  drain(): Promise<void> {
    return this.idle.length === this.all.length ? Promise.resolve() : new Promise((resolve) => this.drained.push(resolve));
  }
}

class LadybugStore implements ProfilingStore {
  readonly backend = 'embedded' as const;
  private readonly readers: Pool;
  private readonly writer: Connection;
  private writeQueue: Promise<unknown> = Promise.resolve();
  private prepared = new WeakMap<Connection, Map<string, PreparedStatement>>();
  private tableNames?: Map<number, string>;
  private closed = false;
  /** A write failed on I/O: the log must be folded before the next write (see the top of the file). */
  private logTorn = false;

  constructor(private readonly db: Database, private readonly queries: QueryCatalog, private readonly timeoutMs: number,
    private readonly onTextQueryStart?: () => void) {
    const conns = Array.from({ length: READ_CONNECTIONS }, () => new lbug.Connection(db));
    conns.forEach((c) => c.setQueryTimeout(timeoutMs));
    this.readers = new Pool(conns);
    this.writer = new lbug.Connection(db);
  }

  async applySchema(statements: string[]): Promise<void> {
    for (const s of statements) await run(this.writer.query(s));
  }

  /**
   * A named query is one statement, checked read-only when it is prepared, so it runs as its own
   * auto-committed read-only transaction: an explicit BEGIN … COMMIT around it would cost two more
   * trips into the engine for every query and guard nothing more. A query that names $actorOffsets
   * is given the offsets of the actors in $ids (actor-offsets), and one that names $withinOffsets
   * those in $within, looked up in the same transaction so that no write can come between.
   */
  read(name: QueryName, params: Params = {}): Promise<Row[]> {
    return this.readNamed(name, '', params, (conn, raw) => this.rows(conn, raw));
  }

  /** The named read under PROFILE: the engine runs it and answers with its plan drawn as text. */
  profile(name: QueryName, params: Params = {}): Promise<PlanOperator[]> {
    return this.readNamed(name, 'PROFILE ', params, async (_conn, raw) => ladybugPlanOperators(String(Object.values(raw[0] ?? {})[0] ?? '')));
  }

  private async readNamed<T>(name: QueryName, prefix: string, params: Params, answer: (conn: Connection, raw: Record<string, unknown>[]) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.readers.use(async (conn) => {
      const cypher = this.cypher(name);
      const statement = await this.prepare(conn, prefix + cypher);
      if (!statement.isReadOnly()) throw new ReadOnlyViolationError(`The query "${name}" would write to the database; reads may not.`);
      const execute = async (p: Params) => answer(conn, await allRows(conn.execute(statement, p as never)));
      const offsetParams = OFFSET_PARAMS.filter((o) => o.named.test(cypher));
      if (offsetParams.length > 0) {
        return this.inReadTransaction(conn, async () => {
          const offsets: Params = {};
          for (const { param, list } of offsetParams) offsets[param] = await this.actorOffsets(conn, params[list]);
          return execute({ ...params, ...offsets });
        });
      }
      try {
        return await execute(params);
      } catch (e) {
        throw this.translate(e);
      }
    });
  }

  private async actorOffsets(conn: Connection, ids: unknown): Promise<number[]> {
    const rows = await allRows(conn.execute(await this.prepare(conn, this.cypher('actor-offsets')), { ids } as never));
    return rows.map((r) => Number(r.offset));
  }

  async readText(cypher: string, params: Params, options: TextQueryOptions): Promise<TextQueryResult> {
    this.assertOpen();
    return this.readers.use(async (conn) => {
      this.onTextQueryStart?.();
      const statement = await this.prepareText(conn, cypher);
      if (!statement.isReadOnly()) throw new ReadOnlyViolationError('The query would write to the database; only read queries may run here.');
      conn.setQueryTimeout(options.timeoutMs);
      try {
        return await this.inReadTransaction(conn, async () => {
          const { columns, raw } = await withResult(conn.execute(statement, params as never), async (result) => {
            const read: Record<string, unknown>[] = [];
            while (read.length <= options.rowCap && result.hasNext()) read.push(result.getNextSync()!);
            return { columns: await result.getColumnNames(), raw: read };
          });
          const truncated = raw.length > options.rowCap;
          return { columns, rows: await this.rows(conn, raw.slice(0, options.rowCap)), truncated };
        });
      } finally {
        conn.setQueryTimeout(this.timeoutMs);
      }
    });
  }

  write(steps: WriteStep[]): Promise<void> {
    this.assertOpen();
    const job = this.writeQueue.then(async () => {
      const conn = this.writer;
      if (this.logTorn) {
        await this.checkpoint().catch((e) => { throw this.translate(e); });
        this.logTorn = false;
      }
      await run(conn.query('BEGIN TRANSACTION'));
      try {
        for (const step of steps) await run(conn.execute(await this.prepare(conn, this.cypher(step.query)), step.params as never));
        await run(conn.query('COMMIT'));
      } catch (e) {
        if (IO_FAILURE.test((e as Error)?.message ?? '')) this.logTorn = true;
        await run(conn.query('ROLLBACK')).catch(() => undefined);
        throw this.translate(e);
      }
    });
    this.writeQueue = job.catch(() => undefined);
    return job;
  }

  writeTables(tables: LoadTable[]): Promise<void> {
    // Empty batches are skipped: LadybugDB cannot type an empty UNWIND list.
    return this.write(tables.flatMap(({ query, rows }) => {
      const steps: WriteStep[] = [];
      for (let i = 0; i < rows.length; i += LOAD_BATCH) steps.push({ query, params: { rows: rows.slice(i, i + LOAD_BATCH) } });
      return steps;
    }));
  }

  async health(): Promise<boolean> {
    if (this.closed) return false;
    return answers(() => this.readers.use((conn) => this.inReadTransaction(conn, async () => allRows(conn.query('RETURN 1 AS ok')))));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writeQueue;
    await this.readers.drain();
    try {
      await this.checkpoint();
    } catch (e) {
      throw new Error(`The embedded database could not fold its write-ahead log into its file (${(e as Error).message}). `
        + 'It is left as it is: the log holds every committed write and is replayed when the database is next opened.', { cause: e });
    }
    for (const c of [...this.readers.all, this.writer]) await c.close();
    await this.db.close();
  }

  private checkpoint(): Promise<void> {
    return run(this.writer.query('CHECKPOINT'));
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreUnavailableError('The embedded database is closed.');
  }

  private cypher(name: QueryName): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`Unknown query "${name}"`);
    return text;
  }

  private async inReadTransaction<T>(conn: Connection, fn: () => Promise<T>): Promise<T> {
    await run(conn.query('BEGIN TRANSACTION READ ONLY'));
    try {
      const out = await fn();
      await run(conn.query('COMMIT'));
      return out;
    } catch (e) {
      await run(conn.query('ROLLBACK')).catch(() => undefined);
      throw this.translate(e);
    }
  }

  private async prepare(conn: Connection, cypher: string): Promise<PreparedStatement> {
    let cache = this.prepared.get(conn);
    if (!cache) this.prepared.set(conn, (cache = new Map()));
    const hit = cache.get(cypher);
    if (hit) return hit;
    const statement = await this.prepareText(conn, cypher);
    cache.set(cypher, statement);
    return statement;
  }

  private async prepareText(conn: Connection, cypher: string): Promise<PreparedStatement> {
    let statement: PreparedStatement;
    try {
      statement = await conn.prepare(cypher);
    } catch (e) {
      throw new QuerySyntaxError((e as Error).message);
    }
    if (!statement.isSuccess()) throw new QuerySyntaxError(statement.getErrorMessage());
    return statement;
  }

  private translate(e: unknown): Error {
    if (this.closed) return new StoreUnavailableError('The embedded database is closed.');
    const msg = (e as Error)?.message ?? String(e);
    if (/interrupt/i.test(msg)) return new QueryTimeoutError('The query ran past its time limit and was stopped.');
    return e instanceof Error ? e : new Error(msg);
  }

  /** Converts engine rows to JSON, naming relationship ends by their id property. */
  private async rows(conn: Connection, raw: Record<string, unknown>[]): Promise<Row[]> {
    const values = columnValues(raw);
    const ids = new Map<string, Json>();
    collectNodeIds(values, ids);
    const missing = new Map<string, { table: number; offset: number }>();
    missingEnds(values, ids, missing);
    if (missing.size > 0) await this.lookupIds(conn, [...missing.values()], ids);
    return raw.map((r) => fieldsJson(r, ids));
  }

  private async lookupIds(conn: Connection, ends: { table: number; offset: number }[], into: Map<string, Json>): Promise<void> {
    if (!this.tableNames) {
      const tables = await allRows(conn.query('CALL show_tables() RETURN id, name'));
      this.tableNames = new Map(tables.map((t) => [Number(t.id), String(t.name)]));
    }
    for (const table of new Set(ends.map((e) => e.table))) {
      const label = this.tableNames.get(table);
      if (!label || !/^\w+$/.test(label)) continue;
      const offsets = ends.filter((e) => e.table === table).map((e) => e.offset);
      const statement = await this.prepare(conn, `MATCH (n:${label}) WHERE offset(id(n)) IN $offsets RETURN offset(id(n)) AS o, n.id AS id`);
      const found = await allRows(conn.execute(statement, { offsets }));
      for (const f of found) into.set(`${table}:${Number(f.o)}`, (f.id as Json) ?? null);
    }
  }
}

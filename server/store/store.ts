// The one interface the rest of the code talks to; an adapter per engine implements it.
import type { QueryName } from '../queries/names.js';

export type Backend = 'neo4j' | 'embedded';
export type Params = Record<string, unknown>;
/** A row of plain JSON: strings, numbers, booleans, null, arrays, objects. Never driver or engine types. */
export type Row = Record<string, unknown>;

export interface WriteStep { query: QueryName; params: Params }
/** A load query and every row it upserts; the adapter cuts the rows into UNWIND batches. */
export interface LoadTable { query: QueryName; rows: Record<string, unknown>[] }

export interface TextQueryOptions { timeoutMs: number; rowCap: number }
export interface TextQueryResult { columns: string[]; rows: Row[]; truncated: boolean }

export interface GraphStore {
  readonly backend: Backend;
  /** Runs a named read query on its own, read-only (one auto-committed statement on either engine). */
  read(name: QueryName, params?: Params): Promise<Row[]>;
  /** Runs the steps in one write transaction: all of them apply, or none. */
  write(steps: WriteStep[]): Promise<void>;
  /** Upserts whole tables in one write transaction, in batches of the size the adapter finds best. */
  writeTables(tables: LoadTable[]): Promise<void>;
  /** Runs Cypher text (a saved report or an ad-hoc query) read-only, with a timeout and a row cap. */
  readText(cypher: string, params: Params, options: TextQueryOptions): Promise<TextQueryResult>;
  /**
   * A number that changes whenever answers may have changed (a write, a reopened database), so
   * answers derived from reads may be kept while it stays the same; undefined when another process
   * may write at any time (Neo4j), so nothing may be kept.
   */
  answersVersion?(): number | undefined;
  /** True when the database answers. */
  health(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * One operator of a query's plan as the engine's profiler saw it run: what it did (`detail`: the tables,
 * keys or expressions the engine names) and the rows it produced, with the engine's own measure of its
 * cost: database hits on Neo4j, milliseconds on LadybugDB (which counts no hits).
 */
export interface PlanOperator { operator: string; detail: string; rows: number; dbHits?: number; ms?: number }

/** An engine adapter as opened: a store that can also profile a named read (the benchmark's slowest samples). */
export interface ProfilingStore extends GraphStore {
  /** Runs a named read query read-only under the engine's profiler, and gives its plan's operators, outermost first. */
  profile(name: QueryName, params?: Params): Promise<PlanOperator[]>;
}

/** The database cannot be reached (closed, stopped, network). Routes answer 503. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}
/** A query was refused because it could write. */
export class ReadOnlyViolationError extends Error {
  override name = 'ReadOnlyViolationError';
}
/** A query ran longer than its timeout. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}
/** The query text itself is wrong (syntax, unknown function). Callers answer 400. */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
}

/** True when the probe completes: how each adapter answers health(). */
export async function answers(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    return false;
  }
}

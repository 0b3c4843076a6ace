// The messages between the server and its engine worker process (server/store/engine-worker.ts),
// and how an error crosses between them: by name and message, rebuilt as the same class, so the
// routes map it to the same status as in-process.
import {
  QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError,
  type LoadTable, type Params, type TextQueryOptions, type WriteStep,
} from './store.js';
import type { QueryName } from '../queries/names.js';

/** How the worker opens its database, passed in its environment as JSON. */
export interface EngineWorkerOptions { dataDir: string; queryTimeoutMs: number }
export const WORKER_OPTIONS_ENV = 'STANCEGRAPH_ENGINE_WORKER';

export type Call =
  | { op: 'read'; name: QueryName; params?: Params }
  | { op: 'readText'; cypher: string; params: Params; options: TextQueryOptions }
  | { op: 'write'; steps: WriteStep[] }
  | { op: 'writeTables'; tables: LoadTable[] }
  | { op: 'health' }
  | { op: 'close' };

export type Request = Call & { id: number };
export interface SentError { name: string; message: string }
export type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: SentError }
  /** A text query has its connection and runs: its hard time limit counts from here, not from the queue. */
  | { id: number; running: true };
/** The worker's first message: its database is open, or why it could not be opened. */
export type Started = { started: true } | { started: false; error: SentError };

const KNOWN: Record<string, new (message: string) => Error> = {
  QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError,
};

export function sendable(e: unknown): SentError {
  return e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
}

export function rebuilt(sent: SentError): Error {
  const Known = KNOWN[sent.name];
  return Known ? new Known(sent.message) : new Error(sent.message);
}

// The embedded engine in a worker process of its own (engine-worker.ts), behind the GraphStore
// interface. Every call is sent to the worker and answered when the worker answers; a write
// resolves only when the worker reports it committed. When the worker ends by itself (a native
// crash, a kill, a limit below), every call in flight answers StoreUnavailableError (503) and the
// owner is told (onExit), so it can start a new worker; the database's write-ahead log keeps every
// committed write across that. Two limits only a separate process can enforce:
// - a hard time limit on text queries (reports and ad-hoc Cypher): the engine's own timeout stops
//   most of them, but not a query stuck in native code, so a query still running at twice its limit
//   (counted from when it starts to run in the worker, not from its wait for a connection) is
//   stopped by killing the worker;
// - a memory ceiling: the engine's memory is native, out of reach of V8's heap limits, so the
//   worker's resident set is read from /proc and the worker killed when it passes the ceiling.
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rebuilt, WORKER_OPTIONS_ENV, type Call, type EngineWorkerOptions, type Reply, type Started } from './engine-protocol.js';
import type { QueryName } from '../queries/names.js';
import {
  QueryTimeoutError, StoreUnavailableError,
  type GraphStore, type LoadTable, type Params, type Row, type TextQueryOptions, type TextQueryResult, type WriteStep,
} from './store.js';

export interface EngineProcessOptions extends EngineWorkerOptions {
  /** The worker is killed when its resident memory passes this many MiB; 0 sets no ceiling. */
  memoryLimitMb: number;
  /** Told once, with why, when the worker ends without being asked to (not after close()). */
  onExit?: (reason: string) => void;
}

export interface EngineProcessStore extends GraphStore {
  /** The worker's process id, for the operator's logs and for fault tests. */
  readonly pid: number;
}

const MEMORY_POLL_MS = 250;
/** How long close() waits for the worker to close its database before killing it. */
const CLOSE_WAIT_MS = 60_000;

/** A text query running past twice its time limit (and at least 5 s) is stopped by killing the worker. */
export const hardDeadlineMs = (options: TextQueryOptions) => Math.max(2 * options.timeoutMs, 5000);

const thisFile = fileURLToPath(import.meta.url);
const WORKER_FILE = path.join(path.dirname(thisFile), `engine-worker${path.extname(thisFile)}`);
/** Run from TypeScript sources (tsx, vitest), the worker needs tsx's loader too. */
const LOADER_ARGS = WORKER_FILE.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];

interface Pending { resolve: (v: unknown) => void; reject: (e: Error) => void; deadlineMs?: number; timer?: NodeJS.Timeout }

export async function openEngineProcess(options: EngineProcessOptions): Promise<EngineProcessStore> {
  const { memoryLimitMb, onExit, ...workerOptions } = options;
  const child = fork(WORKER_FILE, [], {
    execArgv: LOADER_ARGS,
    serialization: 'advanced',
    env: { ...process.env, [WORKER_OPTIONS_ENV]: JSON.stringify(workerOptions) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await started(child);
  return new EngineProcess(child, memoryLimitMb, onExit);
}

/** Resolves when the worker has opened its database; rejects with the engine's reason when it could not. */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`The embedded engine worker ended before opening the database (${signal ?? `exit code ${code}`}).`));
    child.once('exit', onExit);
    child.once('message', (m: Started) => {
      if (m.started) {
        child.off('exit', onExit);
        resolve();
      } else {
        reject(rebuilt(m.error));
      }
    });
  });
}

class EngineProcess implements EngineProcessStore {
  readonly backend = 'embedded' as const;
  readonly pid: number;
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private ended: string | undefined;
  private killedFor: string | undefined;
  private closing = false;
  private readonly exited: Promise<void>;
  private readonly memoryWatch?: NodeJS.Timeout;

  constructor(private readonly child: ChildProcess, private readonly memoryLimitMb: number, onExit?: (reason: string) => void) {
    this.pid = child.pid!;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      const reason = this.killedFor ?? `stopped (${signal ?? `exit code ${code}`})`;
      this.ended = reason;
      clearInterval(this.memoryWatch);
      for (const p of this.pending.values()) {
        clearTimeout(p.timer);
        p.reject(new StoreUnavailableError(`The embedded engine ${reason}; it is being restarted.`));
      }
      this.pending.clear();
      if (!this.closing) onExit?.(reason);
      resolve();
    }));
    child.on('message', (reply: Reply) => this.settle(reply));
    // A send to a worker that just died fails here; its 'exit' answers the calls in flight.
    child.on('error', () => undefined);
    if (memoryLimitMb > 0) {
      this.memoryWatch = setInterval(() => void this.checkMemory(), MEMORY_POLL_MS);
      this.memoryWatch.unref();
    }
  }

  read(name: QueryName, params?: Params): Promise<Row[]> {
    return this.call({ op: 'read', name, params }) as Promise<Row[]>;
  }

  readText(cypher: string, params: Params, options: TextQueryOptions): Promise<TextQueryResult> {
    return this.call({ op: 'readText', cypher, params, options }, hardDeadlineMs(options)) as Promise<TextQueryResult>;
  }

  write(steps: WriteStep[]): Promise<void> {
    return this.call({ op: 'write', steps }) as Promise<void>;
  }

  writeTables(tables: LoadTable[]): Promise<void> {
    return this.call({ op: 'writeTables', tables }) as Promise<void>;
  }

  async health(): Promise<boolean> {
    if (this.ended) return false;
    return (await this.call({ op: 'health' }).catch(() => false)) === true;
  }

  async close(): Promise<void> {
    if (this.closing) return this.exited;
    this.closing = true;
    if (!this.ended) {
      this.child.send({ id: -1, op: 'close' });
      const killer = setTimeout(() => this.kill('did not close its database in time'), CLOSE_WAIT_MS);
      await this.exited;
      clearTimeout(killer);
    }
  }

  private call(call: Call, deadlineMs?: number): Promise<unknown> {
    if (this.ended || this.closing || !this.child.connected) {
      return Promise.reject(new StoreUnavailableError(`The embedded engine ${this.ended ?? 'is closed'}.`));
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, deadlineMs });
      this.child.send({ id, ...call });
    });
  }

  private settle(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if ('running' in reply) return this.startDeadline(reply.id, entry);
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.ok) entry.resolve(reply.value);
    else entry.reject(rebuilt(reply.error));
  }

  private startDeadline(id: number, entry: Pending): void {
    if (entry.deadlineMs === undefined || entry.timer) return;
    const ms = entry.deadlineMs;
    entry.timer = setTimeout(() => {
      this.pending.delete(id);
      entry.reject(new QueryTimeoutError(`The query ran past its time limit and was stopped (the engine was restarted after ${ms} ms).`));
      this.kill('was stopped: a query ran past its time limit');
    }, ms);
  }

  private async checkMemory(): Promise<void> {
    const status = await readFile(`/proc/${this.pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    if (kb > this.memoryLimitMb * 1024) this.kill(`was stopped: its memory passed the ceiling of ${this.memoryLimitMb} MB (ENGINE_MEMORY_MB)`);
  }

  private kill(reason: string): void {
    if (this.ended || this.killedFor) return;
    this.killedFor = reason;
    this.child.kill('SIGKILL');
  }
}

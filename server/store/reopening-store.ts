// Keeps the server up when its embedded database goes away and comes back. The store in use is
// dropped when it reports itself unavailable (closed underneath the server) or when its database
// file is no longer where it was opened (a volume unmounted, a folder moved); every call then answers
// StoreUnavailableError (503) at once. In the background the database is reopened, with backoff,
// as soon as the file is there again and its lock can be taken: "back" means exactly that. A missing
// file is never replaced by a new empty database. A store that can end by itself (the engine's
// worker process) says so through the `gone` callback it is opened with, and is replaced the same way.
// Health reads the condition: restarting while no store is open, degraded while writes fail for lack
// of disk space (until one succeeds).
import { DiskFullError, isDiskFull, type EngineCondition, type ReportsCondition } from './engine-condition.js';
import { StoreUnavailableError, type GraphStore } from './store.js';

export interface ReopenOptions {
  /** Opens the store; `gone` is to be called if the store ends by itself later. */
  open: (gone: (reason: string) => void) => Promise<GraphStore>;
  /** Whether the database is there to be opened (and, while open, still where it was). */
  present: () => boolean;
  /** How often the open database's presence is checked, in ms. */
  watchMs?: number;
  firstRetryMs?: number;
  maxRetryMs?: number;
  onChange?: (up: boolean, reason: string) => void;
}

/** Opens the first store through options.open, then keeps it open as reopening() does. */
export async function openReopening(options: ReopenOptions): Promise<GraphStore & ReportsCondition> {
  let gone: (reason: string) => void = () => undefined;
  const first = await options.open((reason) => gone(reason));
  const { store, lose } = supervised(first, options);
  gone = (reason) => lose(first, reason);
  return store;
}

export function reopening(first: GraphStore, options: ReopenOptions): GraphStore & ReportsCondition {
  return supervised(first, options).store;
}

function supervised(first: GraphStore, options: ReopenOptions): { store: GraphStore & ReportsCondition; lose: (store: GraphStore, reason: string) => void } {
  let current: GraphStore | undefined = first;
  let lostBecause = '';
  let diskFull: string | undefined;
  let closed = false;
  let retryMs = options.firstRetryMs ?? 100;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | undefined;
  let reopened = 0;

  const scheduleReopen = (delay: number) => {
    if (closed || timer || attempt) return;
    timer = setTimeout(() => {
      timer = undefined;
      attempt = tryReopen().finally(() => (attempt = undefined));
    }, delay);
    timer.unref();
  };

  async function tryReopen(): Promise<void> {
    if (closed || current) return;
    try {
      if (!options.present()) throw new Error('the database file is not there');
      const opened: { store?: GraphStore } = {};
      const store = opened.store = await options.open((reason) => { if (opened.store) lose(opened.store, reason); });
      if (closed) { await store.close(); return; }
      current = store;
      reopened++;
      retryMs = options.firstRetryMs ?? 100;
      options.onChange?.(true, 'reopened');
    } catch {
      retryMs = Math.min(retryMs * 2, options.maxRetryMs ?? 5000);
      scheduleReopen(retryMs);
    }
  }

  function lose(store: GraphStore, reason: string): void {
    if (current !== store) return;
    current = undefined;
    lostBecause = reason;
    options.onChange?.(false, reason);
    store.close().catch(() => undefined);
    scheduleReopen(0);
  }

  const watch = setInterval(() => {
    if (current && !options.present()) lose(current, 'the database file is gone');
  }, options.watchMs ?? 1000);
  watch.unref();

  /** A write that failed for lack of space degrades the store until a write succeeds. */
  async function writing(fn: (s: GraphStore) => Promise<void>): Promise<void> {
    try {
      await use(fn);
      diskFull = undefined;
    } catch (e) {
      if (!isDiskFull(e)) throw e;
      diskFull = (e as Error).message;
      throw new DiskFullError(`The database cannot take writes: its disk is full (${diskFull}). Reads still answer.`);
    }
  }

  async function use<T>(fn: (s: GraphStore) => Promise<T>): Promise<T> {
    const store = current;
    if (!store) {
      scheduleReopen(0);
      throw new StoreUnavailableError(closed ? 'The database is closed.' : 'The database is unavailable; reopening it.');
    }
    try {
      return await fn(store);
    } catch (e) {
      if (e instanceof StoreUnavailableError && !closed) lose(store, e.message);
      throw e;
    }
  }

  const store: GraphStore & ReportsCondition = {
    backend: first.backend,
    read: (name, params) => use((s) => s.read(name, params)),
    readText: (cypher, params, opts) => use((s) => s.readText(cypher, params, opts)),
    write: (steps) => writing((s) => s.write(steps)),
    writeTables: (tables) => writing((s) => s.writeTables(tables)),
    condition(): EngineCondition {
      if (!current) return { state: 'restarting', reason: closed ? 'closed' : lostBecause };
      if (diskFull) return { state: 'degraded', reason: `a write failed for lack of disk space: ${diskFull}` };
      return { state: 'ok' };
    },
    answersVersion() {
      const v = current?.answersVersion?.();
      return v === undefined ? undefined : reopened * 1e9 + v;
    },
    async health() {
      const store = current;
      if (!store) { scheduleReopen(0); return false; }
      if (!options.present()) { lose(store, 'the database file is gone'); return false; }
      if (await store.health()) return true;
      if (!closed) lose(store, 'health check failed');
      return false;
    },
    async close() {
      closed = true;
      clearInterval(watch);
      if (timer) clearTimeout(timer);
      await attempt;
      const store = current;
      current = undefined;
      await store?.close();
    },
  };
  return { store, lose };
}

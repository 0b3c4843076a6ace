// Keeps the server up when its embedded database goes away and comes back. The store in use is
// dropped when it reports itself unavailable (closed underneath the server) or when its database
// file is no longer where it was opened (a volume unmounted, a folder moved); every call then answers
// StoreUnavailableError (503) at once. In the background the database is reopened, with backoff,
// as soon as the file is there again and its lock can be taken: "back" means exactly that. A missing
// file is never replaced by a new empty database.
import { StoreUnavailableError, type GraphStore } from './store.js';

export interface ReopenOptions {
  open: () => Promise<GraphStore>;
  /** Whether the database is there to be opened (and, while open, still where it was). */
  present: () => boolean;
  /** How often the open database's presence is checked, in ms. */
  watchMs?: number;
  firstRetryMs?: number;
  maxRetryMs?: number;
  onChange?: (up: boolean, reason: string) => void;
}

export function reopening(first: GraphStore, options: ReopenOptions): GraphStore {
  let current: GraphStore | undefined = first;
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
      const store = await options.open();
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
    options.onChange?.(false, reason);
    store.close().catch(() => undefined);
    scheduleReopen(0);
  }

  const watch = setInterval(() => {
    if (current && !options.present()) lose(current, 'the database file is gone');
  }, options.watchMs ?? 1000);
  watch.unref();

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

  return {
    backend: first.backend,
    read: (name, params) => use((s) => s.read(name, params)),
    readText: (cypher, params, opts) => use((s) => s.readText(cypher, params, opts)),
    write: (steps) => use((s) => s.write(steps)),
    writeTables: (tables) => use((s) => s.writeTables(tables)),
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
}

// Caching of immutable answers. While the embedded engine's database is open, no other process can
// write to it (the engine's file lock), and this process writes only through write()/writeTables():
// every read answer stays true until the next write. So answers are kept, keyed by query and
// parameters, in a least-recently-used map bounded in bytes, and the whole map is dropped on any
// write. Concurrent identical misses share one query. Cached rows are frozen, so a caller that
// tried to change one would fail loudly rather than corrupt later answers.
import type { QueryName } from '../queries/names.js';
import type { GraphStore, LoadTable, Params, Row, TextQueryOptions, TextQueryResult, WriteStep } from './store.js';

interface Entry { value: unknown; bytes: number }

export class AnswerCache {
  private entries = new Map<string, Entry>();
  private pending = new Map<string, Promise<unknown>>();
  private bytes = 0;
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight as Promise<T>;
    this.misses++;
    const generation = this.generation;
    const promise = load().then((value) => {
      if (generation === this.generation) this.put(key, deepFreeze(value));
      return value;
    }).finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  private put(key: string, value: unknown): void {
    const bytes = key.length + JSON.stringify(value).length;
    if (bytes > this.maxBytes / 4) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The same store, with its read answers kept until the next write. */
export function withAnswerCache(store: GraphStore, maxBytes: number): GraphStore & { cache: AnswerCache } {
  const cache = new AnswerCache(maxBytes);
  let version = 0;
  const writing = async <T>(run: () => Promise<T>) => {
    version++;
    cache.clear();
    try {
      return await run();
    } finally {
      version++;
      cache.clear();
    }
  };
  return {
    backend: store.backend,
    cache,
    read: (name: QueryName, params: Params = {}) => cache.get<Row[]>(`q\u0000${name}\u0000${JSON.stringify(params)}`, () => store.read(name, params)),
    readText: (cypher: string, params: Params, options: TextQueryOptions) =>
      cache.get<TextQueryResult>(`t\u0000${cypher}\u0000${JSON.stringify(params)}\u0000${options.rowCap}`, () => store.readText(cypher, params, options)),
    write: (steps: WriteStep[]) => writing(() => store.write(steps)),
    writeTables: (tables: LoadTable[]) => writing(() => store.writeTables(tables)),
    answersVersion: () => version,
    health: () => store.health(),
    close: async () => {
      cache.clear();
      await store.close();
    },
  };
}

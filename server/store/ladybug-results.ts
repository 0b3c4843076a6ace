// LadybugDB query results must be closed: an open result keeps the native database alive after it is
// closed, and with it the file lock, so another process could not open the folder until a garbage
// collection happened to run.
import type { QueryResult } from '@ladybugdb/core';

type Pending = Promise<QueryResult | QueryResult[]>;

/** Runs fn on the (last) result, then closes every result. */
export async function withResult<T>(pending: Pending, fn: (result: QueryResult) => Promise<T>): Promise<T> {
  const got = await pending;
  const results = Array.isArray(got) ? got : [got];
  try {
    return await fn(results[results.length - 1]!);
  } finally {
    for (const r of results) r.close();
  }
}

/**
 * Every row of the (last) result, every result closed. The rows are read synchronously: the query has
 * already run, and the asynchronous reader makes a trip through libuv's thread pool for each row
 * (7,037 rows: 320–460 ms, against 16–20 ms read synchronously).
 */
export const allRows = (pending: Pending) => withResult(pending, async (r) => r.getAllSync());

/** Runs a statement whose rows nobody reads. */
export async function run(pending: Pending): Promise<void> {
  await withResult(pending, async () => undefined);
}

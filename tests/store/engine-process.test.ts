// The embedded engine's worker process, under the GraphStore interface: calls answer as in-process,
// and a text query that the engine's own timeout does not stop (a deeply nested list parameter: its
// time doubles with each level, in native code) is stopped by killing the worker at its hard limit.
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hardDeadlineMs, openEngineProcess } from '../../server/store/engine-process.js';
import { QueryTimeoutError, StoreUnavailableError } from '../../server/store/store.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

it('kills the worker when a text query runs past its hard time limit, and says why', async () => {
  const exits: string[] = [];
  const store = await openEngineProcess({ dataDir: path.join(tmp.dir, 'db'), queryTimeoutMs: 10_000, memoryLimitMb: 0, onExit: (reason) => exits.push(reason) });
  try {
    expect(await store.readText('RETURN 1 + 1 AS n', {}, { timeoutMs: 1000, rowCap: 10 })).toEqual({ columns: ['n'], rows: [{ n: 2 }], truncated: false });
    let nested: unknown = 1;
    for (let i = 0; i < 26; i++) nested = [nested];
    const options = { timeoutMs: 1000, rowCap: 10 };
    const started = Date.now();
    const outcome = await store.readText('RETURN size($p) AS n', { p: nested }, options).then(() => 'answered', (e: Error) => e);
    const took = Date.now() - started;
    expect(outcome).toBeInstanceOf(QueryTimeoutError);
    expect(took).toBeGreaterThanOrEqual(hardDeadlineMs(options));
    expect(took).toBeLessThan(hardDeadlineMs(options) + 5000);
    await expect.poll(() => exits).toEqual(['was stopped: a query ran past its time limit']);
    await expect(store.read('count-nodes-by-label')).rejects.toBeInstanceOf(StoreUnavailableError);
  } finally {
    await store.close();
  }
});

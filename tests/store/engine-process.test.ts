// The embedded engine's worker process, under the GraphStore interface: calls answer as in-process,
// and a text query that the engine's own timeout does not stop (a deeply nested list parameter: its
// time doubles with each level, in native code) is stopped by killing the worker at its hard limit.
// Opened as the server opens it, a killed worker is replaced by itself, and the answers' version moves,
// so no answer kept from before the crash is served after it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { conditionOf } from '../../server/store/engine-condition.js';
import { hardDeadlineMs, openEngineProcess } from '../../server/store/engine-process.js';
import { openStore } from '../../server/store/open-store.js';
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

it('replaces a killed worker by itself, reports restarting meanwhile, and changes the answers version', async () => {
  const store = await openStore(loadConfig({ DATA_DIR: path.join(tmp.dir, 'served'), LOG_LEVEL: 'silent' }), { engineProcess: true });
  try {
    const workers = () => readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    const [worker] = workers();
    expect(worker).toBeGreaterThan(0);
    const before = store.answersVersion?.();
    expect(before).toBeTypeOf('number');
    process.kill(worker!, 'SIGKILL');
    await expect.poll(() => conditionOf(store).state).toBe('restarting');
    await expect(store.read('count-nodes-by-label')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect.poll(() => store.health(), { timeout: 30_000 }).toBe(true);
    expect(conditionOf(store)).toEqual({ state: 'ok' });
    expect(workers()).not.toContain(worker);
    const after = store.answersVersion?.();
    expect(after).toBeTypeOf('number');
    expect(after).not.toBe(before);
  } finally {
    await store.close();
  }
});

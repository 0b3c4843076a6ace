// `npm start` as a user runs it: seeds an empty database of the engine under test, answers health, stops
// cleanly on SIGTERM; a bad configuration value stops it with the variable named. (The embedded engine's
// file lock has its own file: tests/process/embedded-lock.test.ts.)
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE } from './helpers/engine.js';
import { exitOf, run, startServer } from './helpers/processes.js';
import { tempDir } from './helpers/stores.js';

describe('the server process', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('seeds itself on first start, answers health, and exits 0 within 5 s of SIGTERM', async () => {
    const { child, url } = await startServer({ DATA_DIR: path.join(tmp.dir, 'db') });
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', backend: ENGINE });
    for (const label of ['Actor', 'Statement', 'Source', 'Position', 'Event', 'Place']) expect(health.counts[label]).toBeGreaterThan(0);
    const started = Date.now();
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a bad configuration value, naming the variable', async () => {
    const result = await run('server/main.ts', [], { PORT: 'abc', DATA_DIR: path.join(tmp.dir, 'unused') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PORT="abc": .*port number/);
  });
});

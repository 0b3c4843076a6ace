// The embedded database is one process's at a time: a second `npm start` on the same folder stops with a
// message naming the folder and the lock, instead of opening it twice.
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { exitOf, run, startServer } from '../helpers/processes.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

it('names the folder and the lock when a second process opens the same database', async () => {
  const dataDir = path.join(tmp.dir, 'shared');
  const { child } = await startServer({ DATA_DIR: dataDir });
  const second = await run('server/main.ts', [], { DATA_DIR: dataDir });
  child.kill('SIGTERM');
  await exitOf(child);
  expect(second.code).toBe(1);
  expect(second.stderr).toContain(path.resolve(dataDir));
  expect(second.stderr).toMatch(/lock/i);
});

// Acceptance of issue 17: killing the embedded engine's worker (SIGKILL) under load of writes and
// reads leaves the server answering: 503 while the worker restarts, then 200, with every write that
// was answered 201 present.
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { BenchServer } from '../../bench/server.js';
import { tempDir } from '../helpers/stores.js';
import { createActor, healthyWithin, missingActors, startWritableServer, statusOf, workerOf } from './engine-worker.js';

const tmp = tempDir('stancegraph-worker-kill-');
let server: BenchServer | undefined;
afterAll(async () => { await server?.stop(); tmp.remove(); });

it('killed under load: 503 while it restarts, then 200, with every acknowledged write present', async () => {
  const s = server = await startWritableServer(path.join(tmp.dir, 'db'));
  const firstWorker = workerOf(s);
  const acknowledged: string[] = [];
  const seen: { status: number; at: number }[] = [];
  let running = true;
  let i = 0;
  const writer = async () => {
    while (running) {
      const id = `worker-kill-${i++}`;
      const status = await createActor(s, id);
      seen.push({ status, at: Date.now() });
      if (status === 201) acknowledged.push(id);
    }
  };
  const reader = async () => {
    while (running) seen.push({ status: await statusOf(`${s.url}/api/actors?q=a&limit=50`), at: Date.now() });
  };
  const load = [writer(), writer(), reader(), reader()];
  await new Promise((r) => setTimeout(r, 1500));
  const before = acknowledged.length;
  const killedAt = Date.now();
  process.kill(firstWorker, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 200));
  const healthDuringRestart = await fetch(`${s.url}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() as { detail: string } }));
  expect(await healthyWithin(s, 30_000)).toBe(true);
  const recoveredAt = Date.now();
  await new Promise((r) => setTimeout(r, 1500));
  running = false;
  await Promise.all(load);

  expect(before, 'writes acknowledged before the kill').toBeGreaterThan(0);
  expect(healthDuringRestart.status).toBe(503);
  expect(healthDuringRestart.body.detail).toMatch(/restarting/);
  const after = seen.filter((x) => x.at > killedAt);
  expect(after.filter((x) => ![200, 201, 503].includes(x.status)), 'only 200, 201 or 503 after the kill').toEqual([]);
  expect(after.some((x) => x.status === 503), 'some answers were 503 during the restart').toBe(true);
  expect(seen.filter((x) => x.at > recoveredAt + 200 && x.status === 503), 'no 503 once health is back').toEqual([]);
  expect(seen.filter((x) => x.at > recoveredAt).some((x) => x.status === 201), 'writes succeed again').toBe(true);
  expect(workerOf(s)).not.toBe(firstWorker);
  expect(await missingActors(s, acknowledged), `of ${acknowledged.length} acknowledged writes`).toEqual([]);
});

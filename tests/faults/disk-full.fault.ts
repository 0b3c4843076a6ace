// A full disk (issue 17): the database lives on a small tmpfs that the writes fill. Health turns
// `degraded` while writes fail for lack of space (503), reads still answer, SIGTERM stops the server
// with exit 0, and once space is freed the server starts again with every write that was answered
// 201 (LadybugDB 0.19.1 went on appending after the torn record of a failed write, so commits made
// after it were lost on the next start: see server/store/ladybug-store.ts).
// Needs to mount a tmpfs (root, or CAP_SYS_ADMIN); without that it fails, saying so.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BenchServer } from '../../bench/server.js';
import { DATABASE_FILE } from '../../server/store/ladybug-open.js';
import { tempDir } from '../helpers/stores.js';
import { createActor, healthyWithin, missingActors, startWritableServer, statusOf, workerOf } from './engine-worker.js';

const tmp = tempDir('stancegraph-disk-full-');
const mountPoint = path.join(tmp.dir, 'small-disk');
const dataDir = path.join(mountPoint, 'db');
let mounted = false;
let server: BenchServer | undefined;

const mount = (...options: string[]) => execFileSync('mount', ['-t', 'tmpfs', '-o', options.join(','), 'tmpfs', mountPoint], { stdio: 'pipe' });

beforeAll(async () => {
  // A seeded database, made on the ordinary disk, then copied onto a tmpfs with about 1.5 MB to spare.
  const seeded = path.join(tmp.dir, 'seeded');
  const s = await startWritableServer(seeded);
  expect(await s.stop()).toBe(0);
  const size = statSync(path.join(seeded, DATABASE_FILE)).size;
  mkdirSync(mountPoint);
  try {
    mount(`size=${Math.ceil(size / 1024) + 1536}k`);
  } catch (e) {
    throw new Error(`This test mounts a small tmpfs to fill it, and mount was refused (${(e as Error).message.trim()}): run it as root or with CAP_SYS_ADMIN.`, { cause: e });
  }
  mounted = true;
  cpSync(seeded, dataDir, { recursive: true });
});

afterAll(async () => {
  await server?.stop();
  if (mounted) execFileSync('umount', [mountPoint]);
  tmp.remove();
});

/** Writes large actors until five are refused; the ids answered 201. */
async function fillDisk(s: BenchServer, prefix: string): Promise<string[]> {
  const acknowledged: string[] = [];
  const refused: number[] = [];
  for (let i = 0; i < 2000 && refused.length < 5; i++) {
    const id = `${prefix}-${i}`;
    const status = await createActor(s, id, { description: 'A description long enough to fill the disk quickly. '.repeat(400) });
    if (status === 201) acknowledged.push(id); else refused.push(status);
  }
  expect(acknowledged.length, 'writes acknowledged before the disk filled').toBeGreaterThan(0);
  expect(refused, 'writes refused once the disk is full').toEqual([503, 503, 503, 503, 503]);
  return acknowledged;
}

async function writeSome(s: BenchServer, prefix: string): Promise<string[]> {
  const ids = Array.from({ length: 5 }, (_, i) => `${prefix}-${i}`);
  for (const id of ids) expect(await createActor(s, id)).toBe(201);
  return ids;
}

const healthOf = (s: BenchServer) => fetch(`${s.url}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() as { status: string; reason?: string } }));

async function killWorkerAndWait(s: BenchServer): Promise<void> {
  process.kill(workerOf(s), 'SIGKILL');
  await new Promise((r) => setTimeout(r, 200));
  expect(await healthyWithin(s, 60_000)).toBe(true);
}

it('turns degraded on a full disk, stops cleanly, and keeps every acknowledged write once space is freed', async () => {
  let s = server = await startWritableServer(dataDir);
  const acknowledged = await fillDisk(s, 'first-fill');
  const degraded = await healthOf(s);
  expect(degraded.status).toBe(200);
  expect(degraded.body.status).toBe('degraded');
  expect(degraded.body.reason).toMatch(/disk space/);
  expect(await statusOf(`${s.url}/api/actors?q=fill`)).toBe(200);

  expect(await s.stop(), 'SIGTERM on a full disk').toBe(0);
  expect(s.output()).toContain('Stopped: requests in flight answered');
  server = undefined;

  // Space freed: the server starts, with every write acknowledged before, and takes writes that
  // survive a crash of the engine (they are not written after a torn log record).
  execFileSync('mount', ['-o', 'remount,size=24m', mountPoint]);
  s = server = await startWritableServer(dataDir);
  expect(await missingActors(s, acknowledged)).toEqual([]);
  expect((await healthOf(s)).body.status).toBe('ok');
  acknowledged.push(...await writeSome(s, 'after-restart'));
  await killWorkerAndWait(s);
  expect(await missingActors(s, acknowledged), `of ${acknowledged.length} acknowledged writes`).toEqual([]);

  // The disk fills while the server runs, then space is freed without a restart: the writes
  // acknowledged after that survive a crash of the engine too.
  acknowledged.push(...await fillDisk(s, 'second-fill'));
  expect((await healthOf(s)).body.status).toBe('degraded');
  execFileSync('mount', ['-o', 'remount,size=64m', mountPoint]);
  acknowledged.push(...await writeSome(s, 'after-freeing'));
  expect((await healthOf(s)).body.status).toBe('ok');
  await killWorkerAndWait(s);
  expect(await missingActors(s, acknowledged), `of ${acknowledged.length} acknowledged writes`).toEqual([]);
});

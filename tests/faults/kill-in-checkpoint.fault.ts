// SIGKILL at each step of the checkpoint that folds a load into the database file, placed exactly with
// strace's fault injection (the step's system call is refused and the process killed as it makes it),
// then a reopen: the load had committed, so the graph must be all of it. The step between emptying the
// shadow file and removing the rotated log once left a database LadybugDB 0.19.1 refused to open; see
// server/store/ladybug-open.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { DATABASE_FILE } from '../../server/store/ladybug-open.js';
import type { GraphFingerprint } from '../../seed/checksum.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { copyDatabase, fingerprintOf, launch } from './harness.js';

const tmp = tempDir('stancegraph-kill-in-checkpoint-');
afterAll(() => tmp.remove());
const at = (...p: string[]) => path.join(tmp.dir, ...p);

/** The checkpoint's steps, in order, as the system call that starts each and the file it touches. */
const STEPS = [
  { step: 'the log is rotated', call: 'rename', file: '.wal' },
  { step: 'the shadow pages are synced', call: 'fdatasync', file: '.shadow' },
  { step: 'the CHECKPOINT record is synced', call: 'fdatasync', file: '.wal.checkpoint' },
  { step: 'the shadow file is emptied', call: 'ftruncate', file: '.shadow' },
  { step: 'the rotated log is removed', call: 'unlink', file: '.wal.checkpoint' },
  { step: 'the shadow file is removed', call: 'unlink', file: '.shadow' },
] as const;

/** `npm run seed` of the files into the folder, killed at the first `call` on the database's `file`; returns strace's log. */
async function seedKilledAt(dataDir: string, files: string[], call: string, file: string): Promise<string> {
  const log = path.join(dataDir, 'strace.log');
  const child = spawn('strace', ['-f', '-o', log, '-e', `trace=${call}`, '-e', `inject=${call}:error=EPERM:signal=KILL`,
    '-P', path.join(dataDir, DATABASE_FILE + file), process.execPath, '--import', 'tsx', 'seed/main.ts', ...files],
  { env: { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: dataDir }, stdio: 'ignore' });
  const failed = await new Promise<Error | undefined>((resolve) => child.on('exit', () => resolve(undefined)).on('error', resolve));
  if (failed) throw new Error(`this test needs strace (apt-get install strace): ${failed.message}`);
  return readFileSync(log, 'utf8');
}

describe('a kill at each step of a checkpoint', () => {
  let files: string[];
  let after: GraphFingerprint;
  beforeAll(async () => {
    files = await writeSeedFiles(syntheticDataset({ actors: 400, statements: 4000, seed: 11 }), at('synthetic'));
    const base = launch('seed/main.ts', [FIXTURE], { DATA_DIR: at('base') });
    expect(await base.exited, base.output()).toBe(0);
    const whole = launch('seed/main.ts', files, { DATA_DIR: copyDatabase(at('base'), at('whole')) });
    expect(await whole.exited, whole.output()).toBe(0);
    after = await fingerprintOf(at('whole'));
  });

  for (const [i, { step, call, file }] of STEPS.entries()) {
    it(`reopens with the whole load when killed as ${step}`, async () => {
      const dir = copyDatabase(at('base'), at(`step-${i + 1}`));
      const trace = await seedKilledAt(dir, files, call, file);
      expect(trace, `no ${call} on ${file} was made, so no kill happened`).toMatch(/\+\+\+ killed by SIGKILL/);
      const found = await fingerprintOf(dir);
      expect(found.nodes).toEqual(after.nodes);
      expect(found.checksum).toBe(after.checksum);
    });
  }
});

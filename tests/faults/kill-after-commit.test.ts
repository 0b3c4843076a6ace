// SIGKILL just after a write commits, while the engine folds it into the file: a restart must open the
// database and find the write whole. (With LadybugDB 0.19.1's WAL checksums on, this left a WAL that
// could never be replayed and a database that would not open; see server/store/ladybug-open.ts.)
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { copyDatabase, fingerprintOf, launch, outputMatches } from './harness.js';

const tmp = tempDir('stancegraph-kill-after-commit-');
afterAll(() => tmp.remove());
const at = (...p: string[]) => path.join(tmp.dir, ...p);

/** Imports the file into the folder; kills the importer as soon as it reports the import applied, when asked. */
async function importFile(dataDir: string, file: string, kill: boolean): Promise<void> {
  const p = launch('server/io/import/cli.ts', [file, '--reason', 'kill after commit'], { DATA_DIR: dataDir });
  await outputMatches(p, /Applied \(change/);
  if (kill) p.child.kill('SIGKILL');
  expect(await p.exited, p.output()).toBe(kill ? null : 0);
}

describe('a kill just after a write commits', () => {
  let world: string;
  beforeAll(async () => {
    // Two thousand actors with their ties, sources and events: records well past the 4 kB that broke replay.
    const files = await writeSeedFiles(syntheticDataset({ actors: 2000, statements: 0, seed: 5 }), at('synthetic'));
    world = files.find((f) => f.endsWith('world.json'))!;
    const seed = launch('seed/main.ts', [FIXTURE], { DATA_DIR: at('base') });
    expect(await seed.exited, seed.output()).toBe(0);
  }, 180_000);

  it('reopens with the write whole', async () => {
    const whole = copyDatabase(at('base'), at('whole'));
    await importFile(whole, world, false);
    const expected = await fingerprintOf(whole);

    const killed = copyDatabase(at('base'), at('killed'));
    await importFile(killed, world, true);
    const leftBehind = readdirSync(killed).filter((f) => f.includes('.wal'));
    console.log(`files beside the database after the kill: ${leftBehind.join(', ') || 'none (the fold had finished)'}`);
    const found = await fingerprintOf(killed);
    expect(found.nodes).toEqual(expected.nodes);
    expect(found.checksum).toBe(expected.checksum);
    expect(existsSync(path.join(killed, 'stancegraph.lbug.wal.checkpoint'))).toBe(false);
  });
});

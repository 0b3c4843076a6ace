// SIGKILL in the middle of a seed (one transaction) and of a bulk load (a staged database swapped
// in), then a restart: counts and a content checksum prove the graph is all-before or all-after.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { startServer } from '../../bench/server.js';
import type { GraphFingerprint } from '../../seed/checksum.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { copyDatabase, fingerprintOf, launch, outputMatches } from './harness.js';

const tmp = tempDir('stancegraph-faults-');
afterAll(() => tmp.remove());
const at = (...p: string[]) => path.join(tmp.dir, ...p);

/** Loads the files into the folder, killing the loader `killAfterMs` after it starts writing (never, if undefined). */
async function load(dataDir: string, args: string[], killAfterMs?: number): Promise<{ killed: boolean; writingMs: number }> {
  const p = launch('seed/main.ts', args, { DATA_DIR: dataDir });
  await outputMatches(p, /loading/);
  const started = performance.now();
  if (killAfterMs === undefined) {
    expect(await p.exited, p.output()).toBe(0);
    return { killed: false, writingMs: performance.now() - started };
  }
  const timer = setTimeout(() => p.child.kill('SIGKILL'), killAfterMs);
  await p.exited;
  clearTimeout(timer);
  return { killed: p.child.signalCode === 'SIGKILL', writingMs: performance.now() - started };
}

describe('a kill in the middle of a load', () => {
  let files: string[];
  beforeAll(async () => {
    files = await writeSeedFiles(syntheticDataset({ actors: 400, statements: 4000, seed: 11 }), at('synthetic'));
    expect((await load(at('base'), [FIXTURE])).killed).toBe(false);
  });

  for (const mode of ['seed (one transaction)', 'bulk (staged and swapped in)'] as const) {
    it(`leaves all of the graph from before or all of it from after: ${mode}`, async () => {
      const args = mode.startsWith('bulk') ? ['--bulk', ...files] : files;
      const before = await fingerprintOf(copyDatabase(at('base'), at(mode, 'before')));
      const whole = await load(copyDatabase(at('base'), at(mode, 'after')), args);
      const after = await fingerprintOf(at(mode, 'after'));
      expect(after.checksum).not.toBe(before.checksum);
      const outcomes: string[] = [];
      for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        const dir = copyDatabase(at('base'), at(mode, `kill-${fraction}`));
        const { killed } = await load(dir, args, Math.round(whole.writingMs * fraction));
        const found: GraphFingerprint = await fingerprintOf(dir);
        const which = found.checksum === before.checksum ? 'before' : found.checksum === after.checksum ? 'after' : 'PARTIAL';
        outcomes.push(`${fraction}: ${killed ? 'killed' : 'finished'} → ${which}`);
        expect(which, `${mode}, killed at ${fraction} of the load: ${JSON.stringify(found.nodes)} ${JSON.stringify(found.relationships)}`).not.toBe('PARTIAL');
        expect(found.nodes).toEqual(which === 'before' ? before.nodes : after.nodes);
      }
      console.log(`${mode}: ${outcomes.join('; ')}`);
      expect(outcomes.filter((o) => o.includes('killed')).length).toBeGreaterThanOrEqual(3);
      // A restart on the last killed folder serves the graph it found.
      const server = await startServer({ DATA_DIR: at(mode, 'kill-0.5') });
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect([before.nodes, after.nodes]).toContainEqual(health.counts);
      expect(await server.stop()).toBe(0);
    });
  }
});

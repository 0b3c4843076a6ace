// SIGKILL in the middle of a seed (one transaction) and of a bulk load (a staged database swapped
// in), then a restart: counts and a content checksum prove the graph is all-before or all-after.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { startServer } from '../../bench/server.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { copyDatabase, fingerprintOf, killAtFractions, runLoader, type LoadTarget } from './harness.js';

const load = (dataDir: string, args: string[], killAfterMs?: number) => runLoader('seed/main.ts', args, { DATA_DIR: dataDir }, killAfterMs);

const tmp = tempDir('stancegraph-faults-');
afterAll(() => tmp.remove());
const at = (...p: string[]) => path.join(tmp.dir, ...p);

describe('a kill in the middle of a load', () => {
  let files: string[];
  beforeAll(async () => {
    files = await writeSeedFiles(syntheticDataset({ actors: 400, statements: 4000, seed: 11 }), at('synthetic'));
    expect((await load(at('base'), [FIXTURE])).killed).toBe(false);
  });

  for (const mode of ['seed (one transaction)', 'bulk (staged and swapped in)'] as const) {
    it(`leaves all of the graph from before or all of it from after: ${mode}`, async () => {
      const args = mode.startsWith('bulk') ? ['--bulk', ...files] : files;
      // Each load goes into its own copy of the base, so the killed folders stay to be looked at.
      const fresh = async (label: string): Promise<LoadTarget> => {
        const dir = copyDatabase(at('base'), at(mode, label));
        return { load: (killAfterMs) => load(dir, args, killAfterMs), fingerprint: () => fingerprintOf(dir) };
      };
      const outcomes = await killAtFractions(fresh, [0.1, 0.3, 0.5, 0.7, 0.9]);
      console.log(`${mode}: ${outcomes.join('; ')}`);
      expect(outcomes.filter((o) => o.includes('killed')).length).toBeGreaterThanOrEqual(3);
      // A restart on the last killed folder serves the graph it found.
      const server = await startServer({ DATA_DIR: at(mode, 'kill-0.5') });
      const health = await (await fetch(`${server.url}/api/health`)).json();
      const [before, after] = await Promise.all([fingerprintOf(at(mode, 'before')), fingerprintOf(at(mode, 'after'))]);
      expect([before.nodes, after.nodes]).toContainEqual(health.counts);
      expect(await server.stop()).toBe(0);
    });
  }
});

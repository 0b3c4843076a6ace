// A kill of `npm run seed` in the middle of its load into Neo4j (one transaction over Bolt), then a fresh
// look at the database: counts and a content checksum prove the graph is all-before or all-after, as on the
// embedded engine (tests/faults/kill-during-load.fault.ts). Runs in the "neo4j" project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { graphFingerprint, type GraphFingerprint } from '../../seed/checksum.js';
import { readDataset } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { emptyNeo4j, openTestStore, untilNeo4jIdle } from '../helpers/engine.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { killAtFractions, runLoader } from './harness.js';

const tmp = tempDir('stancegraph-neo4j-faults-');
afterAll(() => tmp.remove());

async function fingerprint(): Promise<GraphFingerprint> {
  await untilNeo4jIdle();
  const store = await openTestStore(tmp.dir, 120_000);
  try {
    return await graphFingerprint(store);
  } finally {
    await store.close();
  }
}

/** The database as it was before: emptied, then the fixture loaded. */
async function resetToFixture(): Promise<void> {
  await emptyNeo4j();
  const store = await openTestStore(tmp.dir);
  try {
    await loadDataset(store, await readDataset([FIXTURE]));
  } finally {
    await store.close();
  }
}

describe('a kill in the middle of a load into Neo4j', () => {
  let files: string[];
  beforeAll(async () => {
    files = await writeSeedFiles(syntheticDataset({ actors: 200, statements: 2000, seed: 12 }), tmp.dir);
  });

  it('leaves all of the graph from before or all of it from after', async () => {
    // One database: each load starts from it emptied and given the fixture again.
    const fresh = async () => {
      await resetToFixture();
      return { load: (killAfterMs?: number) => runLoader('seed/main.ts', files, {}, killAfterMs), fingerprint };
    };
    // Early fractions too: a whole first load is slower than the later ones, whose plans Neo4j has cached.
    const outcomes = await killAtFractions(fresh, [0.1, 0.3, 0.5, 0.7]);
    console.log(`Neo4j seed: ${outcomes.join('; ')}`);
    expect(outcomes.filter((o) => o.includes('killed')).length).toBeGreaterThanOrEqual(2);
  }, 600_000);
});

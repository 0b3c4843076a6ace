// A statement's links: LadybugDB keeps them as text on the statement (server/domain/statement-links.ts),
// written by every load with the relationships, and pages of statements read that text. A statement
// loaded again keeps only the links it names now, on both engines. A LadybugDB graph made before the
// text was kept gets it written once, as the store opens; Neo4j reads the relationships and keeps none.
import { afterAll, expect, it } from 'vitest';
import { readDataset } from '../../server/domain/dataset.js';
import type { Statement } from '../../server/domain/records.js';
import { createRecordReader } from '../../server/records/read.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import type { GraphStore } from '../../server/store/store.js';
import { ENGINE, freshStore, onNeo4j, openTestStore, runOnTestGraph } from '../helpers/engine.js';
import { seedDataFiles } from '../helpers/stores.js';
import { wholeAndRecordLinks } from '../writes/harness.js';

let cleanup: () => Promise<void> = async () => undefined;
afterAll(() => cleanup());

it(`statements come whole with the links their relationships hold, after a load and a load again (${ENGINE})`, async () => {
  const fresh = await freshStore();
  let store: GraphStore = fresh.store;
  cleanup = async () => { await store.close(); await fresh.cleanup(); };
  const dataset = await readDataset(await seedDataFiles());
  await loadDataset(store, dataset);
  const loaded = await wholeAndRecordLinks(store);
  expect(loaded.records.length).toBeGreaterThan(300);
  expect(loaded.whole).toEqual(loaded.records);

  // One statement loaded again without its first target and citing its source with other words: the
  // relationships and the statement as the API gives it name only what the record names now.
  const before = dataset.statements.find((s) => s.about.length > 1 && s.positions.length > 0)!;
  const changed: Statement = { ...before, about: before.about.slice(1), positions: [], sources: [{ source: before.sources[0]!.source, excerpt: 'Other words.' }] };
  await loadDataset(store, { ...dataset, statements: dataset.statements.map((s) => (s.id === before.id ? changed : s)) });
  const [read] = (await createRecordReader(store).byIds('statement', [before.id])) as Statement[];
  expect({ about: read!.about, positions: read!.positions, sources: read!.sources })
    .toEqual({ about: [...changed.about].sort((a, b) => a.target.localeCompare(b.target)), positions: [], sources: changed.sources });
  const reloaded = await wholeAndRecordLinks(store);
  expect(reloaded.whole).toEqual(reloaded.records);
  expect(reloaded.records).not.toEqual(loaded.records);

  await store.close();
  if (onNeo4j) {
    // Neo4j keeps no links text: this fails on any statement that has one.
    await runOnTestGraph(fresh.dataDir, 'MATCH (s:Statement) WHERE s.links IS NOT NULL CALL { RETURN 1 / 0 AS never } RETURN never');
  } else {
    // A graph made before the text was kept: its statements have no column for it.
    await runOnTestGraph(fresh.dataDir, 'ALTER TABLE Statement DROP links');
  }
  store = await openTestStore(fresh.dataDir);
  expect(await wholeAndRecordLinks(store)).toEqual(reloaded);
});

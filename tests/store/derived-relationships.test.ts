// The derived "spoke about" relationships of a graph made without them (an earlier version's database,
// or a neo4j-admin import of an export) are built as the store opens, once, on the engine under test.
import { afterAll, expect, it } from 'vitest';
import { readDataset } from '../../server/domain/dataset.js';
import { loadTables } from '../../server/domain/load-plan.js';
import type { GraphStore } from '../../server/store/store.js';
import { ENGINE, freshStore, onNeo4j, openTestStore, runOnTestGraph } from '../helpers/engine.js';
import { seedDataFiles } from '../helpers/stores.js';
import { derivedAndStatements, pairPages } from '../writes/harness.js';

let cleanup: () => Promise<void> = async () => undefined;
afterAll(() => cleanup());

it(`builds them from the statements when the graph has none, and only then (${ENGINE})`, async () => {
  const fresh = await freshStore();
  let store: GraphStore = fresh.store;
  cleanup = async () => { await store.close(); await fresh.cleanup(); };
  // The records alone, as an import of them leaves the graph.
  await store.writeTables(loadTables(await readDataset(await seedDataFiles())));
  const before = await derivedAndStatements(store);
  expect(before.derived).toEqual([]);
  expect(before.statements.length).toBeGreaterThan(100);

  await store.close();
  store = await openTestStore(fresh.dataDir);
  const opened = await derivedAndStatements(store);
  expect(opened.derived).toEqual(before.statements);

  const pages = await pairPages(store);
  expect(Object.keys(pages.paged).length).toBeGreaterThan(100);
  expect(pages.paged).toEqual(pages.found);

  // A second opening finds them there and adds none.
  await store.close();
  store = await openTestStore(fresh.dataDir);
  expect((await derivedAndStatements(store)).derived).toEqual(before.statements);

  // Relationships without the statement keys (and on Neo4j the pair) that an earlier version did not
  // write are built again: on LadybugDB its table without the column, on Neo4j relationships without the properties.
  await store.close();
  await runOnTestGraph(fresh.dataDir, onNeo4j ? 'MATCH ()-[d:SPOKE_ABOUT]->() REMOVE d.pair, d.statementKeys' : 'ALTER TABLE SPOKE_ABOUT DROP statementKeys');
  store = await openTestStore(fresh.dataDir);
  expect((await derivedAndStatements(store)).derived).toEqual(before.statements);
  const rebuilt = await pairPages(store);
  expect(rebuilt.paged).toEqual(rebuilt.found);

  // On Neo4j, a graph an earlier version made without the relationships folded per pair gets them.
  if (!onNeo4j) return;
  await store.close();
  await runOnTestGraph(fresh.dataDir, 'MATCH ()-[p:SPOKE_ABOUT_PAIR]->() DELETE p');
  store = await openTestStore(fresh.dataDir);
  expect((await derivedAndStatements(store)).derived).toEqual(before.statements);
});

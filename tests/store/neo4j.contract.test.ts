import { afterAll, beforeAll, describe } from 'vitest';
import { readDataset } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import type { GraphStore } from '../../server/store/store.js';
import { neo4jTarget } from '../helpers/neo4j.js';
import { FIXTURE } from '../helpers/stores.js';
import { storeContract } from './contract.js';

const target = await neo4jTarget();
console.log(target.available ? `Neo4j contract suite runs against ${target.reason}` : `Neo4j contract suite SKIPPED: ${target.reason}`);

describe.skipIf(!target.available)(`store contract on Neo4j (${target.reason})`, () => {
  let store: GraphStore;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, stop } = await target.open());
    await store.readText('MATCH (n) RETURN count(n) AS n', {}, { timeoutMs: 5000, rowCap: 1 });
    await loadDataset(store, await readDataset([FIXTURE]));
  });
  afterAll(() => stop?.());
  storeContract(() => store);
});

// The store contract (tests/store/contract.ts) on the engine under test: every named query, run on the
// fixture dataset, gives the same answers on LadybugDB and on Neo4j.
import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphStore } from '../../server/store/store.js';
import { ENGINE } from '../helpers/engine.js';
import { FIXTURE, seededTestStore } from '../helpers/stores.js';
import { storeContract } from './contract.js';

describe(`store contract on ${ENGINE}`, () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ store, cleanup } = await seededTestStore([FIXTURE])));
  afterAll(() => cleanup());
  storeContract(() => store);
});

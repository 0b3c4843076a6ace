import { afterAll, beforeAll, describe } from 'vitest';
import type { GraphStore } from '../../server/store/store.js';
import { FIXTURE, seededEmbeddedStore } from '../helpers/stores.js';
import { storeContract } from './contract.js';

describe('store contract on the embedded engine (LadybugDB)', () => {
  let store: GraphStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ store, cleanup } = await seededEmbeddedStore([FIXTURE])));
  afterAll(() => cleanup());
  storeContract(() => store);
});

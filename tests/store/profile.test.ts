// The engine's profile of a named read, as the benchmark asks for it for each endpoint's slowest sample
// (bench/slowest-sample.ts), on the engine under test: the plan's operators with the rows each produced
// and the engine's own cost, run read-only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countNodes } from '../../server/store/load-dataset.js';
import { ReadOnlyViolationError, type ProfilingStore } from '../../server/store/store.js';
import { ENGINE, onNeo4j } from '../helpers/engine.js';
import { FIXTURE, seededTestStore } from '../helpers/stores.js';

describe(`a named read's profile on ${ENGINE}`, () => {
  let store: ProfilingStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ store, cleanup } = await seededTestStore([FIXTURE])));
  afterAll(() => cleanup());

  it('gives the operators outermost first, the first producing the rows the read returns, each with its cost', async () => {
    const params = { ids: ['state-a', 'loner', 'nobody'] };
    const operators = await store.profile('actors-by-ids', params);
    expect(operators.length).toBeGreaterThan(2);
    expect(operators[0]!.rows).toBe((await store.read('actors-by-ids', params)).length);
    for (const o of operators) {
      expect(o.operator).toMatch(/^[A-Za-z_()]+$/);
      expect(Number.isInteger(o.rows) && o.rows >= 0).toBe(true);
      // Neo4j counts database hits; LadybugDB times each operator instead.
      expect(onNeo4j ? o.dbHits : o.ms).toBeGreaterThanOrEqual(0);
    }
    expect(operators.some((o) => o.detail !== '')).toBe(true);
  });

  it('profiles a read that the store gives more parameters (the actors\' table offsets on LadybugDB) as the read runs', async () => {
    const params = { ids: ['state-a', 'state-b', 'bloc-c', 'person-p', 'loner'], useAsOf: false, asOf: '0001-01-01' };
    const rows = await store.read('ties-among', params);
    expect(rows.length).toBeGreaterThan(0);
    const operators = await store.profile('ties-among', params);
    expect(operators[0]!.rows).toBe(rows.length);
    // The plan names the tie types it expands.
    expect(operators.some((o) => o.detail.includes('MEMBER_OF'))).toBe(true);
  });

  it('refuses a query that would write, and the graph stays as it was', async () => {
    const before = await countNodes(store);
    await expect(store.profile('load/upsert-positions', { rows: [{ id: 'claim-profiled', label: 'P', description: null }] })).rejects.toThrow(ReadOnlyViolationError);
    expect(await countNodes(store)).toEqual(before);
  });
});

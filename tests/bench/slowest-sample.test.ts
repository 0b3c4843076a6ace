// The benchmark's account of an endpoint's slowest sample (bench/slowest-sample.ts), on the engine under
// test: the sample asked again with every named read timed, and each query's plan, costliest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../bench/endpoints.js';
import { describeSample, explainSample } from '../../bench/slowest-sample.js';
import type { ProfilingStore } from '../../server/store/store.js';
import { ENGINE, onNeo4j } from '../helpers/engine.js';
import { FIXTURE, seededTestStore } from '../helpers/stores.js';

const samples = { actors: ['state-a'], pairs: [['person-p', 'state-a']] as [string, string][], routes: [['person-p', 'bloc-c']] as [string, string][], searches: ['sta'] };
const endpoint = (name: string) => endpoints(samples, false).find((e) => e.name === name)!;

describe(`the slowest sample explained on ${ENGINE}`, () => {
  let store: ProfilingStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ store, cleanup } = await seededTestStore([FIXTURE])));
  afterAll(() => cleanup());

  it('times each named read of the call and profiles every query it made, costliest first', async () => {
    const s = await explainSample(store, undefined, endpoint('neighbourhood d1'), 0, 12.34);
    expect(s.path).toBe('/api/graph/neighborhood?id=state-a&depth=1');
    expect(s.ms).toBe(12.3);
    const queries = new Set(s.reads.map((r) => r.query));
    // The neighbours of the actor, then the network among them: its actors, their ties, who spoke about whom.
    for (const q of ['spoke-neighbours', 'actors-by-ids', 'spoke-edges-among', 'ties-among'] as const) expect(queries).toContain(q);
    for (const r of s.reads) expect(r.endMs).toBeGreaterThanOrEqual(r.startMs);
    // state-a and the three actors tied to it or spoken about with it; not the loner.
    expect(s.reads.find((r) => r.query === 'actors-by-ids')!.rows).toBe(4);
    expect(s.plans.map((p) => p.query).sort()).toEqual([...queries].sort());
    expect(s.plans.map((p) => p.cost)).toEqual(s.plans.map((p) => p.cost).sort((a, b) => b - a));
    for (const p of s.plans) {
      expect(p.unit).toBe(onNeo4j ? 'db hits' : 'ms');
      expect(p.operators.length).toBeGreaterThan(0);
      expect(p.operators.length).toBeLessThanOrEqual(5);
    }
    const lines = describeSample('neighbourhood d1', s).join('\n');
    expect(lines).toContain(`plan of ${s.plans[0]!.query}`);
    expect(lines).toContain('spoke-edges-among');
  });
});

// "Spoke about" among much-quoted actors. On Neo4j, spoke-edges-among finds a busy speaker's relationships
// from the quiet actors it spoke about, and those between busy speakers and much-spoken-of actors by their
// pair index (cypher/spoke-edges-among.neo4j.cypher): paths the five-actor fixture never takes. On
// synthetic data with actors past its 200 pairs either way, on both engines, its rows must be
// those spoke-pairs-among reads from the statements, folded per pair. On Neo4j, the pair index is
// sought even right after the relationships were written, while its statistics still count none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { dateRange } from '../../server/api/params.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import type { ProfilingStore } from '../../server/store/store.js';
import { ENGINE, freshStore, onNeo4j } from '../helpers/engine.js';
import { pairLines, unfoldedPairs } from '../helpers/spoke-pairs.js';

const BUSY = 200;
const noDate = dateRange();

describe(`spoke-edges-among between much-quoted actors on ${ENGINE}`, () => {
  let store: ProfilingStore;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await freshStore());
    await loadDataset(store, syntheticDataset({ actors: 400, statements: 8000, seed: 3 }));
  }, 180_000);
  afterAll(() => cleanup());

  // First, while the index's statistics are as the load left them: planned then, Neo4j scanned the whole
  // index without the hints in the two queries (docs/performance.md, "The pair index sought, not scanned").
  it.runIf(onNeo4j)('seeks the pair index in the pair page and in spoke-edges-among', async () => {
    const pairIndex = async (...args: Parameters<ProfilingStore['profile']>) =>
      (await store.profile(...args)).filter((o) => /SPOKE_ABOUT(_PAIR)?\(pair\)/.test(o.detail)).map((o) => o.operator);
    const page = { speaker: 'actor-1', target: 'actor-2', stances: [], ...noDate, offset: 0, limit: 20 };
    expect(await pairIndex('statements-page-of-pair', page)).toEqual(['DirectedRelationshipIndexSeek']);
    expect(await pairIndex('spoke-edges-among', { ids: ['actor-1', 'actor-2', 'actor-3'], stances: [] })).toEqual(['DirectedRelationshipIndexSeek']);
  });

  it('gives the pairs the statements give, for sets of busy speakers, much-spoken-of actors and quiet ones', async () => {
    const derived = await store.read('spoke-edges', { stances: [] });
    // Pairs each actor spoke about or was spoken about in (the Neo4j query counts its relationships per pair).
    const pairs = new Map(derived.map((r) => [`${r.source}->${r.target}`, r]));
    const degree = (end: 'source' | 'target') => {
      const n = new Map<string, number>();
      for (const r of pairs.values()) n.set(String(r[end]), (n.get(String(r[end])) ?? 0) + 1);
      return n;
    };
    const out = degree('source');
    const into = degree('target');
    const busySpeakers = [...out].filter(([, n]) => n > BUSY).map(([id]) => id);
    const muchSpokenOf = [...into].filter(([, n]) => n > BUSY).map(([id]) => id);
    // The data reaches every way the Neo4j plan finds a relationship.
    expect(busySpeakers.length).toBeGreaterThan(1);
    expect(muchSpokenOf.length).toBeGreaterThan(1);
    const everyone = (await store.read('all-actors')).map((r) => String(r.id)).sort();
    const quiet = everyone.filter((id) => (out.get(id) ?? 0) <= BUSY && (into.get(id) ?? 0) <= BUSY);
    const sets = [
      everyone,
      [...busySpeakers, ...muchSpokenOf, ...quiet.slice(0, 40)],
      [busySpeakers[0]!, ...derived.filter((r) => r.source === busySpeakers[0]).map((r) => String(r.target))],
      [muchSpokenOf[0]!, ...quiet.slice(40, 60)],
    ];
    for (const ids of sets) {
      for (const stances of [[], ['condemns', 'supports']]) {
        const folded = await store.read('spoke-edges-among', { ids, stances });
        const fromStatements = await store.read('spoke-pairs-among', { ids, stances, ...noDate });
        expect(fromStatements.length).toBeGreaterThan(0);
        expect(pairLines(unfoldedPairs(folded)), `${ids.length} actors, stances ${stances.join(',') || 'any'}`).toEqual(pairLines(fromStatements));
        expect(folded.length).toBe(new Set(folded.map((r) => `${r.source}->${r.target}`)).size);
      }
    }
  });
});

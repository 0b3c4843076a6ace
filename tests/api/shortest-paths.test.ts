// The search from both ends finds exactly what a search from one end finds: every actor on a
// shortest path, and every step with its hop, on random graphs with hubs, cycles and no path at all.
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/synthetic/random.js';
import { shortestPaths, stepKey, type Neighbours } from '../../server/api/shortest-paths.js';

function randomGraph(seed: number, n: number, edges: number): Map<string, Set<string>> {
  const r = rng(seed);
  const g = new Map(Array.from({ length: n }, (_, i) => [`a${i}`, new Set<string>()]));
  for (let k = 0; k < edges; k++) {
    const a = `a${Math.floor(r() * n)}`, b = `a${Math.floor(r() * r() * n)}`; // skewed: low numbers are hubs
    if (a !== b) { g.get(a)!.add(b); g.get(b)!.add(a); }
  }
  return g;
}

/** The reference: breadth first from one end, then back from the other. */
function expected(g: Map<string, Set<string>>, from: string, to: string, maxHops: number) {
  const dist = new Map([[from, 0]]);
  let frontier = [from];
  for (let d = 1; d <= maxHops && !dist.has(to); d++) {
    const next: string[] = [];
    for (const u of frontier) for (const v of g.get(u)!) if (!dist.has(v)) { dist.set(v, d); next.push(v); }
    frontier = next;
  }
  if (!dist.has(to)) return undefined;
  const actors = new Set([to]);
  const hops = new Map<string, number>();
  const stack = [to];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const u of g.get(v)!) {
      if (dist.get(u) !== dist.get(v)! - 1) continue;
      hops.set(stepKey(u, v), dist.get(v)!);
      if (!actors.has(u)) { actors.add(u); stack.push(u); }
    }
  }
  return { actors, hops };
}

describe('shortest paths from both ends', () => {
  let withinAsked = 0;
  it('agrees with a one-ended search on random graphs', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed, 40, 45 + seed * 2);
      let queries = 0;
      // Lists in any order, a neighbour possibly twice (spoken about and tied), as the graph repository gives them.
      const listed = (i: string) => (seed % 2 ? [...g.get(i)!].sort() : [...g.get(i)!, ...g.get(i)!].reverse());
      const neighbours: Neighbours = async (ids, within) => {
        queries++;
        if (within) withinAsked++;
        return new Map(ids.map((i) => [i, within ? listed(i).filter((v) => within.includes(v)) : listed(i)]));
      };
      for (const [from, to, maxHops] of [['a0', 'a39', 6], ['a5', 'a17', 3], ['a30', 'a31', 4], ['a2', 'a2', 2]] as const) {
        const got = await shortestPaths(from, to, maxHops, neighbours);
        const want = expected(g, from, to, maxHops);
        expect(got && { actors: [...got.actors].sort(), hops: Object.fromEntries([...got.hops].sort()) }, `seed ${seed} ${from}->${to}`)
          .toEqual(want && { actors: [...want.actors].sort(), hops: Object.fromEntries([...want.hops].sort()) });
      }
      expect(queries).toBeGreaterThan(0);
    }
    expect(withinAsked).toBeGreaterThan(0);
  });

  // a–b1..b3–c1..c3–z, each b with 50 more neighbours of its own: the round that expands the b's meets
  // the c's, so it asks only for their links to the c's, never for the b's 150 other neighbours.
  const g = new Map<string, string[]>([['a', ['b1', 'b2', 'b3']], ['z', ['c1', 'c2', 'c3']]]);
  for (const b of ['b1', 'b2', 'b3']) g.set(b, ['a', 'c1', 'c2', 'c3', ...Array.from({ length: 50 }, (_, i) => `${b}-leaf${i}`)]);
  for (const c of ['c1', 'c2', 'c3']) g.set(c, ['z', 'b1', 'b2', 'b3']);
  const asked = (log: string[]): Neighbours => async (ids, within) => {
    log.push(`${ids.join(',')}${within ? ` within ${within.join(',')}` : ''}`);
    return new Map(ids.map((i) => [i, (g.get(i) ?? []).filter((v) => !within || within.includes(v))]));
  };

  it('asks a level that meets the other side only for its links to that side', async () => {
    const log: string[] = [];
    const got = await shortestPaths('a', 'z', 4, asked(log));
    expect(log).toEqual(['a within z', 'a', 'z within b1,b2,b3', 'z', 'b1,b2,b3 within c1,c2,c3']);
    expect([...got!.actors].sort()).toEqual(['a', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3', 'z']);
    expect(got!.hops.get(stepKey('b2', 'c3'))).toBe(2);
  });

  it('asks for every neighbour when the other frontier is more than five times larger', async () => {
    const log: string[] = [];
    const got = await shortestPaths('b1', 'z', 4, asked(log));
    // z against b1's 54 neighbours (more than 5 × 1) is asked whole, and meets them at the c's.
    expect(log).toEqual(['b1 within z', 'b1', 'z']);
    expect([...got!.actors].sort()).toEqual(['b1', 'c1', 'c2', 'c3', 'z']);
  });
});

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
  it('agrees with a one-ended search on random graphs', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const g = randomGraph(seed, 40, 45 + seed * 2);
      let queries = 0;
      // Lists in any order, a neighbour possibly twice (spoken about and tied), as the graph repository gives them.
      const listed = (i: string) => (seed % 2 ? [...g.get(i)!].sort() : [...g.get(i)!, ...g.get(i)!].reverse());
      const neighbours: Neighbours = async (ids) => { queries++; return new Map(ids.map((i) => [i, listed(i)])); };
      for (const [from, to, maxHops] of [['a0', 'a39', 6], ['a5', 'a17', 3], ['a30', 'a31', 4], ['a2', 'a2', 2]] as const) {
        const got = await shortestPaths(from, to, maxHops, neighbours);
        const want = expected(g, from, to, maxHops);
        expect(got && { actors: [...got.actors].sort(), hops: Object.fromEntries([...got.hops].sort()) }, `seed ${seed} ${from}->${to}`)
          .toEqual(want && { actors: [...want.actors].sort(), hops: Object.fromEntries([...want.hops].sort()) });
      }
      expect(queries).toBeGreaterThan(0);
    }
  });
});

// The engine floor: each endpoint's repository call made in this process on a store of its own (no
// HTTP, no answer cache), at the same concurrencies as the HTTP runs, each bounded in time.
import { performance } from 'node:perf_hooks';
import { createRepos } from '../server/plugins/repos.js';
import { loadReportCatalog } from '../server/reports/catalog.js';
import { createReportRunner } from '../server/reports/runner.js';
import type { GraphStore } from '../server/store/store.js';
import type { Endpoint, Engine } from './endpoints.js';
import { figures, type Figures } from './stats.js';

export interface FloorOptions { concurrencies: number[]; budgetMs: number; maxCalls: number; warmupMs: number; slowMs: number }

/** Measures every endpoint on the store, then closes it. */
export async function engineFloor(store: GraphStore, eps: Endpoint[], o: FloorOptions): Promise<Record<string, Record<number, Figures>>> {
  const repos = createRepos(store);
  const reports = createReportRunner({ store, catalog: loadReportCatalog(store.backend === 'neo4j' ? 'neo4j' : 'ladybug'), actors: repos.actors, timeoutMs: 60_000, rowCap: 5_000 });
  const engine: Engine = { store, repos, reports };
  const out: Record<string, Record<number, Figures>> = {};
  try {
    // First every endpoint untimed, so the floor meets the engine as the API runs after it do: right after
    // its start Neo4j's JVM has compiled nothing and cached little (health p50 12 ms, then 2 ms; depth 1 67,
    // then 37 ms), and timing it then made the floor slow and the API/engine ratios flattering.
    for (const ep of eps) await timed(ep, engine, 1, { ...o, budgetMs: o.warmupMs });
    for (const ep of eps) {
      out[ep.name] = {};
      for (const c of o.concurrencies) {
        const first = out[ep.name]![o.concurrencies[0]!];
        if (first && first.p50 > o.slowMs) continue;
        out[ep.name]![c] = await timed(ep, engine, c, o);
      }
    }
  } finally {
    await store.close();
  }
  return out;
}

async function timed(ep: Endpoint, engine: Engine, concurrency: number, o: FloorOptions): Promise<Figures> {
  const durations: number[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (performance.now() - started < o.budgetMs && next < o.maxCalls) {
      const i = next++;
      const t0 = performance.now();
      await ep.engine(engine, i);
      durations.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return figures(durations, performance.now() - started);
}

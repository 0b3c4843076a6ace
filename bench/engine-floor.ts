// The engine floor: each endpoint's repository call made in this process on a store of its own (no
// HTTP, no answer cache), at the same concurrencies as the HTTP runs, each bounded in time; then each
// endpoint's slowest sample at the first concurrency traced, with the plan of each query it made.
import { performance } from 'node:perf_hooks';
import { createRepos } from '../server/plugins/repos.js';
import { dialectOf, loadReportCatalog } from '../server/reports/catalog.js';
import { createReportRunner } from '../server/reports/runner.js';
import type { ProfilingStore } from '../server/store/store.js';
import type { Endpoint, Engine } from './endpoints.js';
import { explainSample, type SlowestSample } from './slowest-sample.js';
import { figures, type Figures } from './stats.js';

export interface FloorOptions { concurrencies: number[]; budgetMs: number; maxCalls: number; warmupMs: number; slowMs: number }

export interface Floor { figures: Record<string, Record<number, Figures>>; slowest: Record<string, SlowestSample> }

/** Measures every endpoint on the store, explains each one's slowest sample, then closes the store. */
export async function engineFloor(store: ProfilingStore, eps: Endpoint[], o: FloorOptions): Promise<Floor> {
  const repos = createRepos(store);
  const reports = createReportRunner({ store, catalog: loadReportCatalog(dialectOf(store.backend)), actors: repos.actors, timeoutMs: 60_000, rowCap: 5_000 });
  const engine: Engine = { store, repos, reports };
  const out: Floor = { figures: {}, slowest: {} };
  try {
    // First every endpoint untimed, so the floor meets the engine as the API runs after it do: right after
    // its start Neo4j's JVM has compiled nothing and cached little (health p50 12 ms, then 2 ms; depth 1 67,
    // then 37 ms), and timing it then made the floor slow and the API/engine ratios flattering.
    for (const ep of eps) await timed(ep, engine, 1, { ...o, budgetMs: o.warmupMs });
    const slowestCalls = new Map<Endpoint, Call>();
    for (const ep of eps) {
      const byConcurrency: Record<number, Figures> = (out.figures[ep.name] = {});
      for (const c of o.concurrencies) {
        const first = byConcurrency[o.concurrencies[0]!];
        if (first && first.p50 > o.slowMs) continue;
        const run = await timed(ep, engine, c, o);
        byConcurrency[c] = run.figures;
        if (c === o.concurrencies[0]) slowestCalls.set(ep, run.slowest);
      }
    }
    for (const [ep, call] of slowestCalls) out.slowest[ep.name] = await explainSample(store, reports, ep, call.sample, call.ms);
  } finally {
    await store.close();
  }
  return out;
}

interface Call { sample: number; ms: number }

async function timed(ep: Endpoint, engine: Engine, concurrency: number, o: FloorOptions): Promise<{ figures: Figures; slowest: Call }> {
  const durations: number[] = [];
  const slowest: Call = { sample: 0, ms: -1 };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (performance.now() - started < o.budgetMs && next < o.maxCalls) {
      const i = next++;
      const t0 = performance.now();
      await ep.engine(engine, i);
      const ms = performance.now() - t0;
      durations.push(ms);
      if (ms > slowest.ms) { slowest.sample = i; slowest.ms = ms; }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { figures: figures(durations, performance.now() - started), slowest };
}

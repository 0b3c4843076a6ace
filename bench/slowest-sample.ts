// Where an endpoint's slowest sample spends its time: the sample is asked again on a store that times
// each named read it makes, then each query it made is run once more, alone, under the engine's profiler.
// The bench prints the costliest plans' costliest operators, so a missed target comes with the plan that shows why.
import { performance } from 'node:perf_hooks';
import { createRepos } from '../server/plugins/repos.js';
import type { QueryName } from '../server/queries/names.js';
import type { Params, PlanOperator, ProfilingStore } from '../server/store/store.js';
import type { Endpoint, Engine } from './endpoints.js';

/** One named read of the traced call: when it started and ended (ms from the call's start), and its rows. */
export interface TracedRead { query: QueryName; startMs: number; endMs: number; rows: number }

/** A read's plan: its costliest operators, and the cost of them all in the unit its engine counts. */
export interface ReadPlan { query: QueryName; cost: number; unit: CostUnit; operators: PlanOperator[] }
type CostUnit = 'ms' | 'db hits';

export interface SlowestSample {
  /** The request the sample makes through the API. */
  path: string;
  /** The slowest call at the first concurrency, and the same call traced again. */
  ms: number;
  tracedMs: number;
  reads: TracedRead[];
  /**
   * Each query's plan (of its slowest read in the call), costliest first. Reads that overlap slow each
   * other, so their times cannot say which one is the cost; each is profiled alone, after the call.
   */
  plans: ReadPlan[];
}

const OPERATORS_KEPT = 5;
/** The console shows the costliest plans of each sample; the results file keeps them all. */
const PLANS_SHOWN = 2;

export async function explainSample(store: ProfilingStore, reports: Engine['reports'], ep: Endpoint, sample: number, ms: number): Promise<SlowestSample> {
  const reads: (TracedRead & { params: Params })[] = [];
  let started = 0;
  const read = async (query: QueryName, params: Params = {}) => {
    const startMs = performance.now() - started;
    const rows = await store.read(query, params);
    reads.push({ query, params, startMs, endMs: performance.now() - started, rows: rows.length });
    return rows;
  };
  // Every other member is the store's own, called on the store.
  const traced = new Proxy(store, {
    get: (target, key) => {
      if (key === 'read') return read;
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  started = performance.now();
  await ep.engine({ store: traced, repos: createRepos(traced), reports }, sample);
  const tracedMs = performance.now() - started;
  const slowestOfEach = new Map<QueryName, (typeof reads)[number]>();
  for (const r of reads) {
    const kept = slowestOfEach.get(r.query);
    if (!kept || r.endMs - r.startMs > kept.endMs - kept.startMs) slowestOfEach.set(r.query, r);
  }
  // Neo4j counts each operator's database hits; LadybugDB times each operator instead.
  const unit: CostUnit = store.backend === 'neo4j' ? 'db hits' : 'ms';
  const plans: ReadPlan[] = [];
  for (const r of slowestOfEach.values()) {
    const operators = await store.profile(r.query, r.params);
    plans.push({ query: r.query, cost: round(operators.reduce((sum, o) => sum + costOf(o), 0)), unit, operators: costliest(operators) });
  }
  return {
    path: ep.path(sample), ms: round(ms), tracedMs: round(tracedMs),
    reads: reads.map(({ query, startMs, endMs, rows }) => ({ query, startMs: round(startMs), endMs: round(endMs), rows })),
    plans: plans.sort((a, b) => b.cost - a.cost),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const costOf = (o: PlanOperator) => o.ms ?? o.dbHits ?? 0;
const costliest = (ops: PlanOperator[]) => [...ops].sort((a, b) => costOf(b) - costOf(a)).slice(0, OPERATORS_KEPT);

/** The traced sample as lines for the console. */
export function describeSample(name: string, s: SlowestSample): string[] {
  const lines = [`  ${name}: ${s.path}, ${s.ms} ms (traced again: ${s.tracedMs} ms)`];
  for (const r of s.reads) lines.push(`    ${String(r.startMs).padStart(6)} → ${String(r.endMs).padEnd(6)} ms  ${r.query} (${r.rows} rows)`);
  for (const plan of s.plans.slice(0, PLANS_SHOWN)) {
    lines.push(`    plan of ${plan.query} (${plan.cost} ${plan.unit} in all), costliest operators:`);
    for (const o of plan.operators) lines.push(`      ${o.operator}: ${o.rows} rows, ${round(costOf(o))} ${plan.unit}${o.detail ? `; ${o.detail.length > 110 ? `${o.detail.slice(0, 110)}…` : o.detail}` : ''}`);
  }
  return lines;
}

// The benchmark's table, its verdicts against the targets, and the JSON it writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HttpFigures } from './http.js';
import type { Figures } from './stats.js';

export interface EndpointResult {
  name: string;
  engine: Record<number, Figures>;
  /** warm: with the answer cache on; only the embedded engine keeps answers. */
  api: { cold: Record<number, HttpFigures>; warm?: Record<number, HttpFigures> };
  /** API p50 over engine p50 at the same concurrency, both without the answer cache. */
  ratio: Record<number, number>;
}
export interface Target { what: string; limit: string; value: number | string; met: boolean }

export function ratios(engine: Record<number, Figures>, api: Record<number, HttpFigures>): Record<number, number> {
  const ratio = (a: HttpFigures, e?: Figures) => (a.count && e?.count ? Math.round((a.p50 / Math.max(e.p50, 0.01)) * 100) / 100 : NaN);
  return Object.fromEntries(Object.entries(api).map(([c, a]) => [c, ratio(a, engine[Number(c)])]));
}

export function table(results: EndpointResult[], concurrencies: number[]): string {
  const head = ['endpoint', 'conn', 'engine p50', 'engine p99', 'cold p50', 'cold p99', 'cold req/s', 'warm p50', 'warm p99', 'warm req/s', 'API/engine', 'kB sent cold/warm', 'failed'];
  const rows = results.flatMap((r) => concurrencies.map((c) => {
    const e = r.engine[c], cold = r.api.cold[c], warm = r.api.warm?.[c];
    return [r.name, String(c), fmt(e?.p50), fmt(e?.p99), fmt(cold?.p50), fmt(cold?.p99), fmt(cold?.rps), fmt(warm?.p50), fmt(warm?.p99), fmt(warm?.rps), fmt(r.ratio[c]), `${fmt(cold?.kbPerAnswer)}/${fmt(warm?.kbPerAnswer)}`, String((cold?.failed ?? 0) + (warm?.failed ?? 0))];
  }));
  return aligned(head, rows);
}

export interface EngineRunSummary { engine: string; results: EndpointResult[] }

/** Two engines' figures per endpoint and concurrency, with the second's over the first's. */
export function comparisonTable(a: EngineRunSummary, b: EngineRunSummary, concurrencies: number[]): string {
  const head = ['endpoint', 'conn', `${a.engine} engine p50`, `${b.engine} engine p50`, `${a.engine} p50`, `${a.engine} p99`, `${b.engine} p50`, `${b.engine} p99`, 'p50 ratio', 'p99 ratio'];
  const ratio = (x?: number, y?: number) => (x === undefined || y === undefined ? NaN : x / Math.max(y, 0.01));
  const rows = a.results.flatMap((ra) => {
    const rb = b.results.find((r) => r.name === ra.name);
    return concurrencies.map((c) => {
      const ca = ra.api.cold[c], cb = rb?.api.cold[c];
      return [ra.name, String(c), fmt(ra.engine[c]?.p50), fmt(rb?.engine[c]?.p50), fmt(ca?.p50), fmt(ca?.p99), fmt(cb?.p50), fmt(cb?.p99), fmt(ratio(cb?.p50, ca?.p50)), fmt(ratio(cb?.p99, ca?.p99))];
    });
  });
  return aligned(head, rows);
}

function aligned(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? String(Math.round(n)) : String(Math.round(n * 10) / 10));

/** What a run measured beyond the endpoints, for the targets that are not latencies. */
export interface RunFigures { loadRate?: number; peakRssMb: number; coldStartSeedMs?: number }

const FAST = ['actor detail', 'statements speaker+about', 'neighbourhood d1'];
const DEEP = ['neighbourhood d2', 'path'];

/** Issue 13's targets (set for 10^6 relationships, answer cache off), each beside the figure this run measured. */
export function verdicts(results: EndpointResult[], run: RunFigures): Target[] {
  const p99 = (name: string, connections: number) => results.find((r) => r.name === name)?.api.cold[connections]?.p99 ?? NaN;
  const out: Target[] = [];
  const upTo = (what: string, value: number, limit: number, unit = 'ms') => out.push({ what, limit: `≤ ${limit} ${unit}`, value, met: value <= limit });
  for (const name of FAST) upTo(`${name}: p99 at 1 connection`, p99(name, 1), 20);
  for (const name of FAST) upTo(`${name}: p99 at 16 connections`, p99(name, 16), 150);
  for (const name of DEEP) upTo(`${name}: p99 at 1 connection`, p99(name, 1), 100);
  // A concurrency measured on one side only (the other skipped it as too slow) has no ratio.
  for (const r of results) {
    const measured = Object.values(r.ratio).filter((x) => !Number.isNaN(x));
    upTo(`${r.name}: API/engine p50 ratio, worst of ${measured.length} concurrencies`, measured.length ? Math.max(...measured) : NaN, 1.3, '');
  }
  if (run.loadRate !== undefined) out.push({ what: 'embedded bulk load (relationships/s)', limit: '≥ 150000', value: run.loadRate, met: run.loadRate >= 150_000 });
  upTo('app peak RSS, answer cache off', run.peakRssMb, 1024, 'MB');
  if (run.coldStartSeedMs !== undefined) upTo('first start on the seed data to healthy', run.coldStartSeedMs, 5000);
  return out;
}

/** The browser target, measured once per run (bench:web draws the same synthetic view whatever the engine). */
export function webVerdict(interactiveMs: number | undefined): Target {
  const value = interactiveMs ?? NaN;
  return { what: '2,000-node, 6,000-edge view interactive in the browser (bench:web, data arrived → painted and interactive)', limit: '≤ 1500 ms', value, met: value <= 1500 };
}

export function writeResults(scale: string, data: object): string {
  const dir = path.resolve('bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${scale}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

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

export function verdicts(results: EndpointResult[], extra: { loadRate: number; coldStartSeedMs?: number }): Target[] {
  const at = (name: string) => results.find((r) => r.name === name);
  const p99 = (name: string, mode: 'cold' | 'warm') => (at(name)?.api[mode]?.[16]?.count ? at(name)!.api[mode]![16]!.p99 : NaN);
  const out: Target[] = [];
  for (const mode of (results.some((r) => r.api.warm) ? ['warm', 'cold'] : ['cold']) as ('warm' | 'cold')[]) {
    out.push({ what: `neighbourhood d1 p99 at 16 connections (${mode})`, limit: '≤ 10 ms', value: p99('neighbourhood d1', mode), met: p99('neighbourhood d1', mode) <= 10 });
    out.push({ what: `statements speaker+about p99 at 16 connections (${mode})`, limit: '≤ 10 ms', value: p99('statements speaker+about', mode), met: p99('statements speaker+about', mode) <= 10 });
    out.push({ what: `path p99 at 16 connections (${mode})`, limit: '≤ 50 ms', value: p99('path', mode), met: p99('path', mode) <= 50 });
  }
  // A concurrency measured on one side only (the other skipped it as too slow) has no ratio.
  const ratios = results.flatMap((r) => Object.values(r.ratio)).filter((x) => !Number.isNaN(x));
  const worst = Math.max(...ratios);
  out.push({ what: `API/engine p50 ratio, worst endpoint and concurrency (of ${ratios.length} measured on both sides)`, limit: '≤ 1.5', value: worst, met: worst <= 1.5 });
  out.push({ what: 'bulk load rate (relationships/s)', limit: '≥ 100000', value: extra.loadRate, met: extra.loadRate >= 100_000 });
  if (extra.coldStartSeedMs !== undefined) out.push({ what: 'first start on the seed data to healthy (ms)', limit: '≤ 5000', value: extra.coldStartSeedMs, met: extra.coldStartSeedMs <= 5000 });
  return out;
}

export function writeResults(scale: string, data: object): string {
  const dir = path.resolve('bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${scale}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}

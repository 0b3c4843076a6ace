// "Spoke about" rows compared pair by pair: spoke-edges-among's rows (one per pair, its stances and counts
// in two lists) unfolded to one per stance, and rows per stance (spoke-pairs-among, from the statements)
// written as one line per pair, so that the two can be compared whatever the engines' row order; or rows
// per stance written as one line each.
import type { Row } from '../../server/store/store.js';

/** One line per row per stance (spoke-edges, spoke-pairs): speaker, target, stance, count and dates, in order. */
export const stanceLines = (rows: Row[]): string[] =>
  rows.map((r) => `${r.source}->${r.target}:${r.stance}:${r.statements}:${r.firstDate}..${r.lastDate}`).sort();

/** One row per stance of each pair row, with that stance's count as `statements`. */
export const unfoldedPairs = (rows: Row[]): Row[] =>
  rows.flatMap((r) => (r.stances as string[]).map((stance, i) => ({ ...r, stance, statements: (r.counts as number[])[i] })));

/** One line per pair: its stances with their counts, and its first and last dates, in order. */
export function pairLines(rows: Row[]): string[] {
  const pairs = new Map<string, { stances: string[]; dates: string[] }>();
  for (const r of rows) {
    const key = `${r.source}->${r.target}`;
    const p = pairs.get(key) ?? { stances: [], dates: [] };
    p.stances.push(`${r.stance}:${r.statements}`);
    for (const d of [r.firstDate, r.lastDate]) if (typeof d === 'string') p.dates.push(d);
    pairs.set(key, p);
  }
  return [...pairs].map(([key, p]) => {
    const dates = p.dates.sort();
    return `${key}:${p.stances.sort().join(',')}:${dates[0] ?? null}..${dates.at(-1) ?? null}`;
  }).sort();
}

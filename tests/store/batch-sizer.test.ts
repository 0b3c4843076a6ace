// Neo4j load batches are sized by measurement: bigger while rows per ms keep rising, then settled.
import { describe, expect, it } from 'vitest';
import { BatchSizer } from '../../server/store/batch-sizer.js';

/** Feeds the sizer batches whose cost is fixed overhead plus per-row time, until it settles. */
function settle(overheadMs: number, perRowMs: (rows: number) => number): number[] {
  const sizer = new BatchSizer();
  const sizes: number[] = [];
  for (let i = 0; i < 12; i++) {
    const rows = sizer.next;
    sizes.push(rows);
    sizer.record(rows, overheadMs + rows * perRowMs(rows));
  }
  return sizes;
}

describe('BatchSizer', () => {
  it('grows batches while a round trip dominates, up to its maximum', () => {
    expect(settle(50, () => 0.001).at(-1)).toBe(20_000);
  });

  it('settles on the best size once bigger batches get slower per row', () => {
    const sizes = settle(5, (rows) => (rows > 4000 ? 0.05 : 0.01));
    expect(sizes.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(sizes.at(-1)).toBe(4000);
    expect(new Set(sizes.slice(5)).size).toBe(1);
  });

  it('ignores a short last batch', () => {
    const sizer = new BatchSizer();
    sizer.record(10, 1000);
    expect(sizer.next).toBe(1000);
  });
});

// Chooses UNWIND batch sizes by measurement: doubles the batch while rows per millisecond keep rising,
// and settles on the best size seen once a bigger batch is no faster (Neo4j's sweet spot depends on
// row width, indexes, heap and network, so it is measured per load rather than fixed).
export class BatchSizer {
  private size: number;
  private bestRate = 0;
  private bestSize: number;
  private settled = false;

  constructor(start = 1000, private readonly min = 250, private readonly max = 20_000) {
    this.size = this.bestSize = start;
  }

  /** How many rows the next batch should take. */
  get next(): number {
    return this.size;
  }

  /** Records how long a batch of rows took. */
  record(rows: number, ms: number): void {
    if (this.settled || rows < this.size) return;
    const rate = rows / Math.max(ms, 0.01);
    if (rate > this.bestRate * 1.05) {
      this.bestRate = rate;
      this.bestSize = this.size;
      this.size = Math.min(this.max, this.size * 2);
      if (this.size === this.bestSize) this.settled = true;
    } else {
      this.size = Math.max(this.min, this.bestSize);
      this.settled = true;
    }
  }
}

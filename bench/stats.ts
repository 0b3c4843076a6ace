// Latency figures: percentiles over measured durations, in milliseconds.
export interface Figures { p50: number; p99: number; rps: number; count: number }

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function figures(durations: number[], wallMs: number): Figures {
  const sorted = [...durations].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), rps: round(durations.length / (wallMs / 1000)), count: durations.length };
}

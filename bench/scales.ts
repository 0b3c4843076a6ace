// The benchmark's scales: the seed data, and synthetic datasets of about 10^5 and 10^6 relationships
// (bench/synthetic: about 4.2 relationships per statement, plus ties and event links).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { seedFiles } from '../server/domain/dataset.js';

export const SCALES = {
  seed: undefined,
  '1e5': { actors: 2_000, statements: 23_500, seed: 1 },
  '1e6': { actors: 20_000, statements: 236_000, seed: 1 },
} as const;
export type Scale = keyof typeof SCALES;

export const SCALE_NAMES = Object.keys(SCALES) as Scale[];

/** The seed files of a scale: the curated seed data, or a synthetic dataset generated for it. */
export async function scaleFiles(scale: Scale): Promise<{ files: string[]; generateMs: number }> {
  const size = SCALES[scale];
  if (!size) return { files: await seedFiles(path.resolve('seed/data')), generateMs: 0 };
  const started = performance.now();
  const dir = path.resolve(`bench/data/${scale}`);
  // `npm run bench:generate` in a process of its own: the generated objects then take no room in this one.
  const args = ['--import', 'tsx', 'bench/generate.ts', '--actors', String(size.actors), '--statements', String(size.statements), '--seed', String(size.seed), '--out', dir];
  execFileSync(process.execPath, args, { stdio: 'ignore' });
  return { files: await seedFiles(dir), generateMs: Math.round(performance.now() - started) };
}

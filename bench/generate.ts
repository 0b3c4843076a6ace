// `npm run bench:generate -- --actors N --statements M [--seed S] [--out DIR]`: writes a deterministic
// synthetic dataset in the seed format (the normal loader, `npm run seed -- DIR/*.json`, loads it).
import path from 'node:path';
import { writeSeedFiles } from './synthetic/files.js';
import { relationshipsIn } from '../seed/bulk/bulk-load.js';
import { MIN_ACTORS, syntheticDataset } from './synthetic/world.js';
import { commandLine, wholeNumber } from '../server/cli/args.js';

const USAGE = `usage: npm run bench:generate -- --actors N --statements M [--seed S] [--out DIR]
  --actors N      at least ${MIN_ACTORS} (default 1000)
  --statements M  default 10000
  --seed S        0 to 4294967295 (default 1); the same seed writes the same dataset
  --out DIR       default bench/data/a<N>-s<M>-seed<S>`;

const { size, out } = commandLine({
  usage: USAGE,
  options: { actors: { type: 'string', default: '1000' }, statements: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
}, ({ values }) => {
  const size = {
    actors: wholeNumber('--actors', values.actors, { min: MIN_ACTORS, why: `the generator needs ${MIN_ACTORS} actors or more for its blocs, states and office holders` }),
    statements: wholeNumber('--statements', values.statements, { min: 0 }),
    seed: wholeNumber('--seed', values.seed, { min: 0, max: 2 ** 32 - 1, why: 'the generator takes a 32-bit seed' }),
  };
  return { size, out: path.resolve(values.out ?? `bench/data/a${size.actors}-s${size.statements}-seed${size.seed}`) };
});
const started = performance.now();
const dataset = syntheticDataset(size);
const files = await writeSeedFiles(dataset, out);
console.log(`Wrote ${files.length} seed file(s) to ${out}: ${dataset.actors.length} actors, ${dataset.statements.length} statements, `
  + `${relationshipsIn(dataset)} relationships (${Math.round(performance.now() - started)} ms)`);

// `npm run bench:generate -- --actors N --statements M [--seed S] [--out DIR]`: writes a deterministic
// synthetic dataset in the seed format (the normal loader, `npm run seed -- DIR/*.json`, loads it).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSeedFiles } from './synthetic/files.js';
import { relationshipsIn } from '../seed/bulk/bulk-load.js';
import { syntheticDataset } from './synthetic/world.js';

const { values } = parseArgs({
  options: { actors: { type: 'string', default: '1000' }, statements: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const size = { actors: Number(values.actors), statements: Number(values.statements), seed: Number(values.seed) };
for (const [k, v] of Object.entries(size)) {
  if (!Number.isInteger(v) || v < 0) {
    console.error(`--${k} must be a whole number, not "${values[k as keyof typeof values]}"`);
    process.exit(1);
  }
}
const out = path.resolve(values.out ?? `bench/data/a${size.actors}-s${size.statements}-seed${size.seed}`);
const started = performance.now();
const dataset = syntheticDataset(size);
const files = await writeSeedFiles(dataset, out);
console.log(`Wrote ${files.length} seed file(s) to ${out}: ${dataset.actors.length} actors, ${dataset.statements.length} statements, `
  + `${relationshipsIn(dataset)} relationships (${Math.round(performance.now() - started)} ms)`);

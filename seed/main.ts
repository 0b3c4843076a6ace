// `npm run seed [-- --bulk] [files…]`: validates every seed file, then loads them into the configured
// engine in one transaction (or, with --bulk, by the engine's bulk path: see seed/bulk/bulk-load.ts).
// Exits non-zero, with file, record and field named, when anything is wrong; nothing is written then.
import path from 'node:path';
import { commandLine } from '../server/cli/args.js';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/store/open-store.js';
import { bulkLoad } from './bulk/bulk-load.js';
import { readDataset, seedFiles } from '../server/domain/dataset.js';
import { countNodes, loadDataset } from '../server/store/load-dataset.js';

const { bulk, named } = commandLine({
  usage: 'usage: npm run seed [-- --bulk] [files…]   (without files: every seed file in SEED_DIR)',
  options: { bulk: { type: 'boolean', default: false } }, positionals: true,
}, ({ values, positionals }) => ({ bulk: values.bulk, named: positionals.map((f) => path.resolve(f)) }));
const config = loadConfig();
const files = named.length > 0 ? named : await seedFiles(path.resolve(config.SEED_DIR));
try {
  const data = await readDataset(files);
  console.log(`Validated ${files.length} file(s); loading${bulk ? ' (bulk)' : ''}…`);
  if (bulk) {
    const report = await bulkLoad(config, data);
    const rate = Math.round(report.relationships / (report.ms / 1000));
    console.log(`Bulk-loaded the ${report.backend} database: ${report.relationships} relationships in ${report.ms} ms (${rate} relationships/s)`);
  }
  const store = await openStore(config);
  try {
    if (!bulk) await loadDataset(store, data);
    const counts = await countNodes(store);
    console.log(`Seeded ${store.backend} database from ${files.length} file(s): ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } finally {
    await store.close();
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}

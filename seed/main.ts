// `npm run seed`: validates every seed file, then loads them in one transaction into the configured engine.
// Exits non-zero, with file, record and field named, when anything is wrong; nothing is written then.
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/store/open-store.js';
import { readDataset, seedFiles } from './dataset.js';
import { countNodes, loadDataset } from './load.js';

const config = loadConfig();
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((f) => path.resolve(f)) : await seedFiles(path.resolve(config.SEED_DIR));
try {
  const data = await readDataset(files);
  const store = await openStore(config);
  try {
    await loadDataset(store, data);
    const counts = await countNodes(store);
    console.log(`Seeded ${store.backend} database from ${files.length} file(s): ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  } finally {
    await store.close();
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}

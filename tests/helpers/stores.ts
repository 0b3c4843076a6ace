// Stores for tests: a fresh embedded database in a temp folder, and Neo4j when one can be had.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataset, seedFiles } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import type { GraphStore } from '../../server/store/store.js';

export const FIXTURE = path.resolve('tests/fixtures/mini.json');
export const SEED_DIR = path.resolve('seed/data');

export function tempDir(prefix = 'stancegraph-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new embedded store in a temp folder, loaded with the given seed files. */
export async function seededEmbeddedStore(files: string[], options: { queryTimeoutMs?: number } = {}) {
  const tmp = tempDir();
  const store = await openLadybugStore({ dataDir: tmp.dir, queryTimeoutMs: options.queryTimeoutMs ?? 10_000 });
  await loadDataset(store, await readDataset(files));
  return { store, dataDir: tmp.dir, cleanup: async () => { await store.close(); tmp.remove(); } };
}

export const seedDataFiles = () => seedFiles(SEED_DIR);

export type StoreFactory = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

// Stores for tests: a fresh store of the engine under test (tests/helpers/engine.ts), loaded with seed files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataset, seedFiles } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import type { GraphStore } from '../../server/store/store.js';
import { freshStore } from './engine.js';

export const FIXTURE = path.resolve('tests/fixtures/mini.json');
export const SEED_DIR = path.resolve('seed/data');

export function tempDir(prefix = 'stancegraph-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new store of the engine under test, loaded with the given seed files. */
export async function seededTestStore(files: string[], options: { queryTimeoutMs?: number } = {}) {
  const fresh = await freshStore(options);
  await loadDataset(fresh.store, await readDataset(files));
  return fresh;
}

export const seedDataFiles = () => seedFiles(SEED_DIR);

export type StoreFactory = () => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>;

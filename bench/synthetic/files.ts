// Writes a dataset as seed files: one file for the cast, places, events, positions, sources and ties,
// and the statements in files of at most 50,000 (each a valid seed file on its own).
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../server/domain/dataset.js';

const STATEMENTS_PER_FILE = 50_000;

export async function writeSeedFiles(d: Dataset, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  // Old seed files would be loaded with the new ones: a folder holds exactly one dataset.
  for (const f of await readdir(dir)) if (f.endsWith('.json')) await rm(path.join(dir, f));
  const { statements, ...rest } = d;
  const files: [string, object][] = [['world.json', rest]];
  for (let i = 0; i * STATEMENTS_PER_FILE < Math.max(1, statements.length); i++) {
    files.push([`statements-${String(i).padStart(3, '0')}.json`, { statements: statements.slice(i * STATEMENTS_PER_FILE, (i + 1) * STATEMENTS_PER_FILE) }]);
  }
  for (const [name, content] of files) await writeFile(path.join(dir, name), JSON.stringify(content));
  return files.map(([name]) => path.join(dir, name));
}

// Where the seed's source documents are: SOURCES_DIR when set, else ../shared/sources beside the checkout,
// else /work/shared/sources (a git worktree sits one folder deeper than the main checkout).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function seedSourcesDir(): string {
  const candidates = [process.env.SOURCES_DIR, path.resolve(ROOT, '../shared/sources'), path.resolve(ROOT, '../../shared/sources')].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(d));
  if (!found) throw new Error(`The seed's source documents were not found (tried ${candidates.join(', ')}); set SOURCES_DIR.`);
  return found;
}

// The folder picture: imports point downward only. The domain imports nothing of the project above it,
// the HTTP schemas nothing above the domain and the record kinds, nothing imports seed/, and the web takes
// only plain values from the server (types are erased).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;

interface Import { file: string; target: string; typeOnly: boolean }

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** Every relative import of the files under `dir`, resolved to a path from the repository root. */
function importsUnder(dir: string): Import[] {
  return sourceFiles(dir).flatMap((file) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(IMPORT)]
    .filter((m) => m[2].startsWith('.'))
    .map((m) => ({ file, target: path.relative(ROOT, path.resolve(ROOT, path.dirname(file), m[2])), typeOnly: Boolean(m[1]) })));
}

describe('imports point downward', () => {
  it('the domain imports only the domain', () => {
    expect(importsUnder('server/domain').filter((i) => !i.target.startsWith('server/domain/'))).toEqual([]);
  });

  it('the HTTP schemas import only the domain, the record kinds and each other, never the layers that use them', () => {
    const below = ['server/domain/', 'server/records/', 'server/schemas/'];
    expect(importsUnder('server/schemas').filter((i) => !below.some((dir) => i.target.startsWith(dir)))).toEqual([]);
  });

  it('nothing in server/ or web/ imports seed/', () => {
    expect([...importsUnder('server'), ...importsUnder('web/src')].filter((i) => i.target.startsWith('seed/'))).toEqual([]);
  });

  it('the web takes values from the server only from the plain-value domain modules (no zod in its bundle)', () => {
    const plain = ['server/domain/vocabulary.js', 'server/domain/stances.js', 'server/domain/dates.js'];
    const values = importsUnder('web/src').filter((i) => i.target.startsWith('server/') && !i.typeOnly);
    expect(values.filter((i) => !plain.includes(i.target))).toEqual([]);
    for (const module of plain) expect(readFileSync(path.join(ROOT, module.replace(/\.js$/, '.ts')), 'utf8')).not.toMatch(/^import /m);
  });
});

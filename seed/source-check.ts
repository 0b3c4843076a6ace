// Checks the seed data against the source documents: every excerpt is the documents' exact words,
// every quote stands inside its excerpt, and no two actors or places share a folded name or alias.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fold } from '../server/domain/normalize.js';
import type { Dataset } from '../server/domain/dataset.js';

/** Line breaks inside a quoted passage are layout, not words: compare with runs of white space folded. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each source's document text, white space folded, by source id; and the sources whose file is missing. */
export async function readSourceDocuments(d: Dataset, sourcesDir: string): Promise<{ docs: Map<string, string>; problems: string[] }> {
  const problems: string[] = [];
  const docs = new Map<string, string>();
  for (const s of d.sources) {
    if (s.file === null) {
      problems.push(`source "${s.id}": has no file to check its excerpts against`);
      continue;
    }
    const file = path.join(sourcesDir, s.file);
    if (!existsSync(file)) problems.push(`source "${s.id}": file ${s.file} is not in ${sourcesDir}`);
    else docs.set(s.id, squash(await readFile(file, 'utf8')));
  }
  return { docs, problems };
}

export async function checkAgainstSources(d: Dataset, sourcesDir: string): Promise<string[]> {
  const { docs, problems } = await readSourceDocuments(d, sourcesDir);
  const checkExcerpt = (owner: string, source: string, excerpt: string) => {
    const doc = docs.get(source);
    if (doc !== undefined && !doc.includes(squash(excerpt))) problems.push(`${owner}: excerpt is not in source "${source}": "${excerpt.slice(0, 120)}"`);
  };
  for (const s of d.statements) {
    s.sources.forEach((c) => checkExcerpt(`statement "${s.id}"`, c.source, c.excerpt));
    if (s.quote !== null && !s.sources.some((c) => squash(c.excerpt).includes(squash(s.quote!)))) {
      problems.push(`statement "${s.id}": quote is not inside any of its excerpts: "${s.quote.slice(0, 120)}"`);
    }
  }
  for (const t of d.ties) checkExcerpt(`tie ${t.type} "${t.from}"->"${t.to}"`, t.source, t.excerpt);
  for (const e of d.events) e.sources.forEach((c) => checkExcerpt(`event "${e.id}"`, c.source, c.excerpt));
  return problems;
}

/** Two records whose name or alias folds to the same text are probably one actor entered twice. */
export function nameCollisions(d: Dataset): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const r of [...d.actors, ...d.places]) {
    for (const name of new Set([r.name, ...r.aliases].map(fold))) {
      const other = owner.get(name);
      if (other !== undefined && other !== r.id) problems.push(`"${r.id}" and "${other}" share the name or alias "${name}"`);
      owner.set(name, r.id);
    }
  }
  return problems;
}

// Loads the Cypher files in cypher/ once at start: for each query name, the engine's own
// variant (name.neo4j.cypher / name.ladybug.cypher) when it exists, otherwise the common file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUERY_NAMES, SPOKE_ABOUT_PAIRS_QUERIES, STATEMENT_LINKS_QUERIES, type QueryName } from './names.js';
import { READS } from './reads.js';

export type Dialect = 'neo4j' | 'ladybug';
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

export type QueryCatalog = ReadonlyMap<QueryName, string>;

export function queryFile(name: string, dialect: Dialect, dir = CYPHER_DIR): string {
  const variant = path.join(dir, `${name}.${dialect}.cypher`);
  return existsSync(variant) ? variant : path.join(dir, `${name}.cypher`);
}

/** The derived-relationship steps that one engine alone runs (a read that is one engine's says so in its definition). */
const ENGINE_ONLY = new Map<string, Dialect>([
  ...STATEMENT_LINKS_QUERIES.map((name) => [name, 'ladybug'] as const),
  ...SPOKE_ABOUT_PAIRS_QUERIES.map((name) => [name, 'neo4j'] as const),
]);

/** Whether the engine has this query: every query but those that are the other engine's alone. */
export function engineHas(name: string, dialect: Dialect): boolean {
  const only = ENGINE_ONLY.get(name) ?? (READS as Record<string, { only?: Dialect }>)[name]?.only;
  return !only || only === dialect;
}

export function loadQueryCatalog(dialect: Dialect, dir = CYPHER_DIR): QueryCatalog {
  const catalog = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    if (!engineHas(name, dialect)) continue;
    const file = queryFile(name, dialect, dir);
    if (!existsSync(file)) throw new Error(`Query "${name}" has no file for ${dialect}: expected ${file}`);
    catalog.set(name, stripComments(readFileSync(file, 'utf8')));
  }
  return catalog;
}

/** Schema statements for one engine, one per `;`-terminated statement. */
export function loadSchema(dialect: Dialect, dir = CYPHER_DIR): string[] {
  return stripComments(readFileSync(path.join(dir, `schema.${dialect}.cypher`), 'utf8'))
    .split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}

/** `//` line comments explain the query to readers; engines get the Cypher alone. */
export function stripComments(cypher: string): string {
  return cypher.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n').trim();
}

/** Every .cypher file under dir, relative, without engine suffix: used to keep names.ts and the folder in step. */
export function queryFilesOnDisk(dir = CYPHER_DIR, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...queryFilesOnDisk(dir, rel));
    else if (entry.name.endsWith('.cypher')) out.push(rel.replace(/(\.(neo4j|ladybug))?\.cypher$/, ''));
  }
  return [...new Set(out)].sort();
}

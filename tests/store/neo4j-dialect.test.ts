// Every Neo4j-dialect Cypher file passes Neo4j's own parser, with Neo4j's built-in functions as the
// only functions known, so a Neo4j syntax error or a LadybugDB-only function fails here without a server.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, engineHas, queryFile, queryFilesOnDisk, stripComments } from '../../server/queries/catalog.js';
import { QUERY_NAMES } from '../../server/queries/names.js';

interface Diagnostic { severity: number; message: string }
const language = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, schema: object): Diagnostic[];
  testData: { mockSchema: { functions: Record<string, Record<string, unknown>>; procedures: Record<string, Record<string, unknown>> } };
};

// The package's sample schema lists Neo4j 5's functions and procedures; APOC is a plugin, not Neo4j.
const withoutApoc = (byVersion: Record<string, Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(byVersion).map(([v, fns]) => [v, Object.fromEntries(Object.entries(fns).filter(([n]) => !n.startsWith('apoc.')))]));
const schema = { functions: withoutApoc(language.testData.mockSchema.functions), procedures: withoutApoc(language.testData.mockSchema.procedures) };

export function neo4jErrors(cypher: string): string[] {
  return cypher.split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean)
    .flatMap((statement) => language.lintCypherQuery(statement, schema).filter((d) => d.severity === 1).map((d) => d.message))
    // Parameters are supplied at run time; the linter only knows the ones a schema declares.
    .filter((m) => !/^Parameter \$\w+ is not defined/.test(m));
}

/** The file Neo4j runs for each query name, plus the Neo4j schema and every report's Neo4j form. */
function neo4jFiles(): string[] {
  const names = queryFilesOnDisk().filter((n) => n !== 'schema' && engineHas(n, 'neo4j'));
  return [path.join(CYPHER_DIR, 'schema.neo4j.cypher'), ...names.map((n) => queryFile(n, 'neo4j'))];
}

describe("Neo4j's parser on every Neo4j-dialect query file", () => {
  it('knows every named query by a file on disk, and every file by a name', () => {
    const onDisk = queryFilesOnDisk().filter((n) => n !== 'schema' && !n.startsWith('reports/'));
    expect([...QUERY_NAMES].sort()).toEqual(onDisk);
  });

  it('fails on Neo4j syntax errors and on LadybugDB-only syntax (the check can fail)', () => {
    expect(neo4jErrors('MATCH (n:Actor) RETRUN n')).not.toEqual([]);
    expect(neo4jErrors('MATCH p = (a)-[* SHORTEST 1..3]-(b) RETURN p')).not.toEqual([]);
    expect(neo4jErrors('MATCH (a:Actor) RETURN label(a)')).not.toEqual([]);
    expect(neo4jErrors('MATCH (a:Actor) RETURN labels(a)[0] AS l')).toEqual([]);
  });

  for (const file of neo4jFiles()) {
    it(`parses ${path.relative(CYPHER_DIR, file)}`, () => {
      expect(neo4jErrors(stripComments(readFileSync(file, 'utf8')))).toEqual([]);
    });
  }
});

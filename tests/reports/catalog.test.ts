// The report catalog without a database: every shipped report loads for both engines; malformed
// headers, writing clauses and mismatched parameters are refused with the report's name; parameters
// validate as their headers say. (Neo4j's parser checks every report's Neo4j form in tests/store/neo4j-dialect.test.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReportCatalog } from '../../server/reports/catalog.js';
import { codeOnly, forbiddenClauses, parameterNames } from '../../server/reports/guard.js';
import { parseHeader } from '../../server/reports/header.js';
import { validateParams } from '../../server/reports/param-schema.js';

describe('the shipped reports', () => {
  const neo4j = loadReportCatalog('neo4j');
  const ladybug = loadReportCatalog('ladybug');

  it('load for both engines, at least twelve of them, with the same metadata', () => {
    expect(neo4j.size).toBeGreaterThanOrEqual(12);
    expect([...ladybug.keys()]).toEqual([...neo4j.keys()]);
    for (const [name, r] of neo4j) expect({ ...ladybug.get(name)!, dialect: '', file: '', source: '', cypher: '' }).toEqual({ ...r, dialect: '', file: '', source: '', cypher: '' });
  });

  it('use an engine variant only where the dialects differ', () => {
    const variants = [...ladybug.values()].filter((r) => r.file.endsWith('.ladybug.cypher')).map((r) => r.name);
    expect(variants.sort()).toEqual(['connection', 'tie-network']);
    expect(neo4j.get('connection')!.file).toBe('cypher/reports/connection.neo4j.cypher');
    expect(ladybug.get('statements-about')!.file).toBe('cypher/reports/statements-about.cypher');
  });

  it('declare their graph reports', () => {
    expect([...neo4j.values()].filter((r) => r.graph).map((r) => r.name).sort()).toEqual(['connection', 'stance-matrix', 'tie-network']);
  });
});

describe('a report file', () => {
  // A test may make several catalogs: each folder is removed after it.
  const dirs: string[] = [];
  afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
  const catalogOf = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'stancegraph-catalog-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    return () => loadReportCatalog('neo4j', dir);
  };
  const header = '// @title T\n// @description D\n';
  const query = 'MATCH (a:Actor) WHERE a.id = $id RETURN a.name AS name LIMIT $n';
  const params = '// @param id actorId required "An actor"\n// @param n integer(1,10) default=5 "How many"\n';

  it('loads when its header is well formed', () => {
    const load = catalogOf({ 'good.cypher': `${header}${params}// @graph\n// a note for readers\n${query}` });
    expect(load().get('good')).toMatchObject({
      title: 'T', description: 'D', graph: true, cypher: query,
      params: [{ name: 'id', type: 'actorId', required: true }, { name: 'n', type: 'integer', required: false, default: 5, min: 1, max: 10 }],
    });
  });

  it.each([
    ['no title', '// @description D\n', /@title is missing/],
    ['an unknown tag', `${header}// @author me\n`, /unknown header tag @author/],
    ['an unknown type', `${header}// @param id actor required "x"\n`, /@param id type/],
    ['an integer without bounds', `${header}// @param n integer default=1 "x"\n`, /integer needs \(min,max\)/],
    ['a default out of range', `${header}// @param n integer(1,3) default=9 "x"\n`, /default "9" must be at most 3/],
    ['a default not in the enum', `${header}// @param s enum(a,b) default=c "x"\n`, /default "c" must be one of: a, b/],
    ['a bad date default', `${header}// @param d date default=2023-02-30 "x"\n`, /default "2023-02-30" must be a date/],
    ['a required parameter with a default', `${header}// @param id actorId required default=x "x"\n`, /is required, so it takes no default/],
    ['a parameter neither required nor defaulted', `${header}// @param id actorId "x"\n`, /needs "required" or a default/],
    ['no description', `${header}// @param id actorId required\n`, /needs a description/],
    ['a parameter declared twice', `${header}// @param id actorId required "x"\n// @param id actorId required "y"\n`, /declare a parameter twice/],
    ['a reserved parameter name', `${header}// @param all boolean default=true "x"\n`, /is a reserved word/],
  ])('with %s is refused by name', (_what, head, why) => {
    const load = catalogOf({ 'broken-one.cypher': `${head}MATCH (a:Actor) RETURN a.id AS id`, 'fine.cypher': `${header}MATCH (a:Actor) RETURN a.id AS id` });
    expect(load).toThrow(/Report "broken-one" \(broken-one\.cypher\): malformed header/);
    expect(load).toThrow(why);
  });

  it('is refused when it uses a parameter it does not declare, or declares one it does not use', () => {
    expect(catalogOf({ 'r.cypher': `${header}${query}` })).toThrow(/Report "r".*does not declare: \$id, \$n/);
    expect(catalogOf({ 'r.cypher': `${header}${params}MATCH (a:Actor) WHERE a.id = $id RETURN a` })).toThrow(/Report "r".*does not use: n/);
  });

  it('is refused when its engine variants declare different headers, or one engine has no file', () => {
    expect(catalogOf({ 'v.neo4j.cypher': `${header}${params}${query}`, 'v.ladybug.cypher': `// @title Other\n// @description D\n${params}${query}` }))
      .toThrow(/Report "v": the headers of v\.neo4j\.cypher and v\.ladybug\.cypher must declare the same/);
    expect(catalogOf({ 'w.neo4j.cypher': `${header}${params}${query}` })).toThrow(/Report "w".*has no file for ladybug/);
  });

  it('names every report at fault at once', () => {
    const load = catalogOf({ 'a.cypher': `${header}MATCH (n) DETACH DELETE n`, 'b.cypher': `// @title\n${query}` });
    expect(load).toThrow(/Report "a"[\s\S]*Report "b"/);
  });
});

describe('the static clause check', () => {
  it('looks past strings, comments and quoted names', () => {
    expect(codeOnly("RETURN 'CREATE' AS x // SET\n/* DELETE */ `MERGE`")).not.toMatch(/CREATE|SET|DELETE|MERGE/);
    expect(forbiddenClauses("MATCH (a:Actor {set: 1}) WHERE a.delete = $load RETURN 'LOAD CSV' AS create_")).toEqual([]);
  });

  it('finds write and outside-reaching clauses in any case', () => {
    expect(forbiddenClauses('match (n) detach delete n')).toEqual(['DELETE writes', 'DETACH DELETE writes']);
    expect(forbiddenClauses("LOAD CSV FROM 'https://example.org/x.csv' AS l RETURN l")).toEqual(['LOAD reads files or URLs outside the database']);
    expect(forbiddenClauses('CALL db.labels() YIELD label RETURN label')).toHaveLength(1);
    expect(forbiddenClauses('MATCH (n) CALL { WITH n RETURN n.id AS id } RETURN id')).toEqual([]);
    expect(forbiddenClauses('RETURN 1; RETURN 2')).toEqual(['only one statement may run at a time']);
    expect(forbiddenClauses('RETURN 1;')).toEqual([]);
  });

  it('lists the parameters a query uses, not those in strings', () => {
    expect(parameterNames("MATCH (a) WHERE a.id = $id AND a.name <> '$nope' RETURN $limit")).toEqual(['id', 'limit']);
  });
});

describe('parameter validation', () => {
  const meta = parseHeader(`// @title T\n// @description D
// @param target actorId required "t"
// @param other actorId default="" "o"
// @param from date default=0001-01-01 "f"
// @param n integer(1,50) default=10 "n"
// @param stance enum(any,threatens) default=any "s"
// @param undated boolean default=true "u"
// @param text string default="" "q"`);

  it('reads text the way it reads typed values, and fills in defaults', () => {
    const fromText = validateParams(meta, { target: 'russia', n: '7', undated: 'false', stance: 'threatens' });
    const typed = validateParams(meta, { target: 'russia', n: 7, undated: false, stance: 'threatens' });
    expect(fromText).toEqual(typed);
    expect(fromText).toEqual({ ok: true, params: { target: 'russia', other: '', from: '0001-01-01', n: 7, stance: 'threatens', undated: false, text: '' } });
  });

  it('names every field that is wrong, and why', () => {
    const result = validateParams(meta, { n: '51', from: 'yesterday', stance: 'hugs', undated: 'maybe', other: 'Not An Id', extra: 1 });
    expect(result.ok).toBe(false);
    const errors = Object.fromEntries((result as { errors: { field: string; message: string }[] }).errors.map((e) => [e.field, e.message]));
    expect(errors).toMatchObject({
      'params.target': 'is required', 'params.n': 'must be at most 50', 'params.from': 'must be a date written YYYY-MM-DD',
      'params.stance': 'must be one of: any, threatens', 'params.undated': 'must be true or false',
      'params.extra': expect.stringMatching(/is not a parameter of this report/),
    });
    expect(errors['params.other']).toMatch(/actor id/);
  });

  it('refuses fractions and text where a whole number belongs', () => {
    expect(validateParams(meta, { target: 'x', n: 2.5 }).ok).toBe(false);
    expect(validateParams(meta, { target: 'x', n: 'ten' }).ok).toBe(false);
  });
});

// The saved reports in cypher/reports/: one report per name, `name.cypher` for both engines or a
// `name.neo4j.cypher` / `name.ladybug.cypher` pair where the dialects truly differ. Every report is
// checked for both engines whichever one runs, so a broken variant fails at once: a malformed header,
// a clause that writes, a parameter used but not declared (or declared but not used), or variants
// whose headers disagree. The error names every report at fault.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPORT_NAME } from '../domain/report-vocabulary.js';
import { CYPHER_DIR, stripComments, type Dialect } from '../queries/catalog.js';
import type { Backend } from '../store/store.js';
import { forbiddenClauses, parameterNames } from './guard.js';
import { parseHeader, ReportHeaderError, type ReportMeta } from './header.js';

export const REPORTS_DIR = path.join(CYPHER_DIR, 'reports');
const DIALECTS: Dialect[] = ['neo4j', 'ladybug'];

export interface Report extends ReportMeta {
  name: string;
  dialect: Dialect;
  /** The file the engine in use runs, relative to the repository (cypher/reports/...). */
  file: string;
  /** The whole file, header included, for people to read and copy. */
  source: string;
  /** What the engine gets: the file without its comment lines. */
  cypher: string;
}
export type ReportCatalog = ReadonlyMap<string, Report>;

export class ReportCatalogError extends Error {
  override name = 'ReportCatalogError';
}

export function dialectOf(backend: Backend): Dialect {
  return backend === 'neo4j' ? 'neo4j' : 'ladybug';
}

export function loadReportCatalog(dialect: Dialect, dir = REPORTS_DIR): ReportCatalog {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  const names = [...new Set(files.map((f) => f.replace(/(\.(neo4j|ladybug))?\.cypher$/, '')))].sort();
  const problems: string[] = [];
  const catalog = new Map<string, Report>();
  for (const name of names) {
    try {
      const perDialect = DIALECTS.map((d) => readReport(name, d, dir));
      checkVariantsAgree(name, perDialect, dir);
      catalog.set(name, perDialect[DIALECTS.indexOf(dialect)]!);
    } catch (e) {
      if (!(e instanceof ReportCatalogError)) throw e;
      problems.push(e.message);
    }
  }
  if (problems.length > 0) throw new ReportCatalogError(`The saved reports in ${dir} cannot be loaded:\n- ${problems.join('\n- ')}`);
  return catalog;
}

function readReport(name: string, dialect: Dialect, dir: string): Report {
  const fail = (file: string, why: string) => new ReportCatalogError(`Report "${name}" (${file}): ${why}`);
  if (!REPORT_NAME.test(name)) throw fail(name, 'a report name is lowercase words joined by hyphens');
  const variant = `${name}.${dialect}.cypher`;
  const file = existsSync(path.join(dir, variant)) ? variant : `${name}.cypher`;
  if (!existsSync(path.join(dir, file))) throw fail(file, `has no file for ${dialect}: add ${name}.cypher, or ${variant}`);
  const source = readFileSync(path.join(dir, file), 'utf8');
  let meta: ReportMeta;
  try {
    meta = parseHeader(source);
  } catch (e) {
    if (e instanceof ReportHeaderError) throw fail(file, `malformed header: ${e.message}`);
    throw e;
  }
  const cypher = stripComments(source);
  if (cypher === '') throw fail(file, 'holds no query');
  const refused = forbiddenClauses(cypher);
  if (refused.length > 0) throw fail(file, `a report must only read: ${refused.join('; ')}`);
  const declared = meta.params.map((p) => p.name);
  const used = parameterNames(cypher);
  const undeclared = used.filter((u) => !declared.includes(u));
  if (undeclared.length > 0) throw fail(file, `uses parameters its header does not declare: ${undeclared.map((u) => `$${u}`).join(', ')}`);
  const unused = declared.filter((d) => !used.includes(d));
  if (unused.length > 0) throw fail(file, `declares parameters the query does not use: ${unused.join(', ')}`);
  return { ...meta, name, dialect, file: path.posix.join('cypher/reports', file), source, cypher };
}

function checkVariantsAgree(name: string, reports: Report[], dir: string): void {
  const [first, ...rest] = reports.map(({ title, description, graph, params }) => JSON.stringify({ title, description, graph, params }));
  if (rest.some((r) => r !== first)) {
    throw new ReportCatalogError(`Report "${name}": the headers of ${reports.map((r) => path.basename(r.file)).join(' and ')} must declare the same title, description, parameters and graph flag`);
  }
  const common = `${name}.cypher`;
  if (existsSync(path.join(dir, common)) && reports.every((r) => path.basename(r.file) !== common)) {
    throw new ReportCatalogError(`Report "${name}": ${common} is never used, since each engine has its own variant`);
  }
}

// Asks the engine in use about every report when the catalog loads: both adapters check that a
// query is read-only before running it (LadybugDB: the prepared statement; Neo4j: EXPLAIN), and
// refuse Cypher they cannot compile. The run itself is cut short by a tiny timeout: only the
// engine's verdict matters here.
import { QuerySyntaxError, ReadOnlyViolationError, type GraphStore } from '../store/store.js';
import { ReportCatalogError, type Report, type ReportCatalog } from './catalog.js';
import type { ParamSpec, ParamValue } from './header.js';

const VERDICT_ONLY = { timeoutMs: 1, rowCap: 1 };

/** Parameters that fit the header: the defaults, and a placeholder of the right type for each required one. */
export function sampleParams(report: Pick<Report, 'params'>): Record<string, ParamValue> {
  const sample = (p: ParamSpec): ParamValue => {
    if (p.default !== undefined) return p.default;
    switch (p.type) {
      case 'actorId': return 'no-such-actor';
      case 'date': return '2000-01-01';
      case 'integer': return p.min ?? 0;
      case 'boolean': return false;
      case 'enum': return p.values?.[0] ?? '';
      case 'string': return '';
    }
  };
  return Object.fromEntries(report.params.map((p) => [p.name, sample(p)]));
}

export async function verifyReports(catalog: ReportCatalog, store: GraphStore): Promise<void> {
  const engine = `the ${store.backend} engine`;
  const verdict = async (report: Report): Promise<string[]> => {
    try {
      await store.readText(report.cypher, sampleParams(report), VERDICT_ONLY);
    } catch (e) {
      if (e instanceof ReadOnlyViolationError) return [`Report "${report.name}" (${report.file}) would write, says ${engine}: ${e.message}`];
      if (e instanceof QuerySyntaxError) return [`Report "${report.name}" (${report.file}) is not valid Cypher for ${engine}: ${e.message}`];
      // A timeout means the engine accepted the query; an unreachable database is reported by /api/health.
    }
    return [];
  };
  const problems = (await Promise.all([...catalog.values()].map(verdict))).flat();
  if (problems.length > 0) throw new ReportCatalogError(`The saved reports cannot be loaded:\n- ${problems.join('\n- ')}`);
}

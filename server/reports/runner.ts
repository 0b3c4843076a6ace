// Runs saved reports and ad-hoc Cypher with the same guards, for the API and the command line alike:
// parameters checked against the report's header (actor ids must exist), the static clause check,
// the engine's read-only check, a timeout and a row cap. Errors are domain errors, so both callers
// show the same words.
import { performance } from 'node:perf_hooks';
import { InvalidInput, NotFound } from '../domain/errors.js';
import { ReadOnlyViolationError, type GraphStore, type Params } from '../store/store.js';
import type { Report, ReportCatalog } from './catalog.js';
import { rowsToElements, type DescribeActors } from './graph.js';
import { engineRefusal } from './engine-refusal.js';
import { forbiddenClauses } from './guard.js';
import { paramProblems } from './param-limits.js';
import { validateParams } from './param-schema.js';
import type { RunResultJson } from '../schemas/reports.js';

export interface RunnerDeps {
  store: GraphStore;
  catalog: ReportCatalog;
  actors: { unknown(ids: string[]): Promise<string[]>; byIds: DescribeActors };
  timeoutMs: number;
  rowCap: number;
}

/** The report of this name, or the 404 that lists the names there are. */
export function findReport(catalog: ReportCatalog, name: string): Report {
  const found = catalog.get(name);
  if (!found) throw new NotFound(`No report is named "${name}". Reports: ${[...catalog.keys()].join(', ')}`, 'name');
  return found;
}

export function createReportRunner(deps: RunnerDeps) {
  const { store, catalog, actors } = deps;

  const report = (name: string) => findReport(catalog, name);

  async function checkedParams(r: Report, raw: Record<string, unknown>) {
    const result = validateParams(r, raw);
    if (!result.ok) throw InvalidInput.of(`Invalid parameters for report "${r.name}"`, result.errors);
    const actorParams = r.params.filter((p) => p.type === 'actorId' && result.params[p.name] !== '');
    const missing = new Set(await actors.unknown(actorParams.map((p) => String(result.params[p.name]))));
    const first = actorParams.find((p) => missing.has(String(result.params[p.name])));
    if (first) throw new NotFound(`No actor has the id "${result.params[first.name]}" (parameter ${first.name})`, `params.${first.name}`);
    return result.params;
  }

  async function execute(cypher: string, params: Params, graph: boolean): Promise<RunResultJson> {
    const started = performance.now();
    const result = await store.readText(cypher, params, { timeoutMs: deps.timeoutMs, rowCap: deps.rowCap }).catch((e: unknown) => { throw engineRefusal(e); });
    const ms = Math.round(performance.now() - started);
    const meta = { ms, rowCount: result.rows.length, truncated: result.truncated, backend: store.backend };
    const out: RunResultJson = { columns: result.columns, rows: result.rows, meta };
    if (graph) out.graph = await rowsToElements(result.rows, actors.byIds, result.truncated);
    return out;
  }

  /** Runs a saved report with raw parameters (typed JSON or text). */
  async function run(name: string, raw: Record<string, unknown>): Promise<RunResultJson> {
    const r = report(name);
    return execute(r.cypher, await checkedParams(r, raw), r.graph);
  }

  /** Runs ad-hoc Cypher; refuses, before the engine sees it, what the static check finds and parameters past their bounds. */
  async function query(cypher: string, params: Params): Promise<RunResultJson> {
    const refused = forbiddenClauses(cypher);
    if (refused.length > 0) throw new ReadOnlyViolationError(`Only read queries may run here: ${refused.join('; ')}.`);
    const tooBig = paramProblems(params);
    if (tooBig.length > 0) throw InvalidInput.of('Parameters past their bounds', tooBig);
    return execute(cypher, params, false);
  }

  return { report, run, query };
}
export type ReportRunner = ReturnType<typeof createReportRunner>;

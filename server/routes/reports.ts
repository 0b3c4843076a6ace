// /api/reports: the saved Cypher reports (catalog, text, runs) and /api/query for ad-hoc read-only
// Cypher. The catalog is loaded and checked with the engine when the plugin registers, so a report
// that writes stops start-up with its name in the error.
// /api/query answers 403 unless ENABLE_ADHOC_QUERIES is on: the route exists, the server refuses it.
// When on, it needs a token (any role) unless ALLOW_ANONYMOUS_ADHOC_QUERIES says otherwise.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { Config } from '../config.js';
import { HttpProblem } from '../plugins/problems.js';
import { dialectOf, loadReportCatalog } from '../reports/catalog.js';
import { createReportRunner } from '../reports/runner.js';
import { reportDetail, reportSummary } from '../reports/summary.js';
import { verifyReports } from '../reports/verify.js';
import { MAX_PARAM_BYTES, MAX_PARAM_DEPTH } from '../reports/param-limits.js';
import { Problem } from '../schemas/common.js';
import { AdhocBody, ReportDetail, ReportList, ReportName, RunBody, RunQuery, RunResult } from '../schemas/reports.js';
import { freeFormQuery } from './openapi.js';

export interface ReportRoutesOptions { config: Config }

const runErrors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 503: Problem, 504: Problem };

const routes: FastifyPluginAsyncZod<ReportRoutesOptions> = async (app, { config }) => {
  const catalog = loadReportCatalog(dialectOf(app.store.backend));
  await verifyReports(catalog, app.store);
  const runner = createReportRunner({
    store: app.store, catalog, actors: app.repos.actors, timeoutMs: config.QUERY_TIMEOUT_MS, rowCap: config.QUERY_ROW_CAP,
  });

  app.get('/reports', {
    schema: { operationId: 'listReports', tags: ['reports'], summary: 'The saved reports: titles, descriptions and parameters',
      description: 'Every saved report (cypher/reports/), in order of name, with its title, description, whether it draws a graph, and each parameter\'s type, default and whether it is required.',
      response: { 200: ReportList } },
  }, async () => ({ items: [...catalog.values()].map(reportSummary) }));

  app.get('/reports/:name', {
    schema: { operationId: 'getReport', tags: ['reports'], summary: 'A report\'s metadata and its Cypher for the engine in use',
      description: 'The report\'s title, description and parameters, its file, the whole file as source and the Cypher the engine runs. 400 for a name that cannot be a report name, 404 for one no report has.',
      params: ReportName, response: { 200: ReportDetail, 400: Problem, 404: Problem } },
  }, async (req) => reportDetail(runner.report(req.params.name)));

  app.post('/reports/:name/run', {
    schema: { operationId: 'runReport', tags: ['reports'], summary: 'Runs a report with parameters',
      description: 'Runs the report read-only with the parameters in the body (a required one missing, or a bad value, is a 400 naming it; an actorId naming no actor a 404). The rows come cut at QUERY_ROW_CAP (meta.truncated says so), the query stopped at QUERY_TIMEOUT_MS (504); a report that draws a graph also answers its edges as Cytoscape elements.',
      params: ReportName, body: RunBody, response: { 200: RunResult, ...runErrors } },
  }, async (req) => runner.run(req.params.name, req.body.params));

  app.get('/reports/:name/run', {
    config: { swaggerTransform: freeFormQuery('params', 'The report\'s parameters, each as its own query key (see GET /api/reports/{name}): ?target=azerbaijan&from=2023-09-19') },
    schema: { operationId: 'runReportByLink', tags: ['reports'], summary: 'Runs a report with parameters in the query string (a shareable link)', description: 'Each parameter of the report (see GET /api/reports/{name}) is a query key: ?target=azerbaijan&from=2023-09-19', params: ReportName, querystring: RunQuery, response: { 200: RunResult, ...runErrors } },
  }, async (req) => runner.run(req.params.name, req.query));

  const adhocNeedsToken = config.ENABLE_ADHOC_QUERIES && !config.ALLOW_ANONYMOUS_ADHOC_QUERIES;
  app.post('/query', {
    config: adhocNeedsToken ? { role: 'reader' } : {},
    schema: {
      operationId: 'runQuery',
      tags: ['reports'], summary: 'Runs ad-hoc read-only Cypher (only when ENABLE_ADHOC_QUERIES is on; 403 otherwise)',
      description: `Needs a token (any role) unless ALLOW_ANONYMOUS_ADHOC_QUERIES is on. Each parameter may be nested at most ${MAX_PARAM_DEPTH} levels and take at most ${MAX_PARAM_BYTES} bytes as JSON; the query stops at QUERY_TIMEOUT_MS and, on Neo4j, at db.memory.transaction.max. An error the engine raises for the query itself answers 400 with its message.`,
      body: AdhocBody, response: { 200: RunResult, ...runErrors },
    },
  }, async (req) => {
    if (!config.ENABLE_ADHOC_QUERIES) throw new HttpProblem(403, 'Forbidden', 'Ad-hoc queries are turned off on this server (set ENABLE_ADHOC_QUERIES=true to allow them).');
    return runner.query(req.body.cypher, req.body.params);
  });
};
export default routes;

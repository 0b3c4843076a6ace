// POST /api/import (editor): a seed-format JSON file or a statements CSV, checked row by row; a dry
// run says what would be created, updated or left unchanged, and nothing applies unless every row is
// valid. GET /api/export: the whole graph or a filter's part of it, as json, graphml, gexf, cytoscape or csv.
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { Config } from '../config.js';
import { requireKnownIds, statementFilterIds } from '../api/known-ids.js';
import { exportBody } from '../io/export/formats.js';
import { checksummed } from '../io/export/pages.js';
import { exportPages } from '../io/export/select.js';
import { StreamedChecksum } from '../records/streamed-checksum.js';
import { runImport } from '../io/import/run.js';
import { Problem } from '../schemas/common.js';
import { ExportQuery, ImportBody, ImportJob, ImportQuery, ImportReport } from '../schemas/io.js';
import { WriteHeaders } from '../schemas/writes.js';
import { BEARER, sendWrite, writeContext } from '../writes/http.js';
import { bodyIn, fileDownload } from './openapi.js';

/** The work's result if it settles within `ms`; undefined if it is still running then (a failure within `ms` is thrown). */
async function finishedWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<undefined>((resolve) => { timer = setTimeout(resolve, ms, undefined); });
  try {
    return await Promise.race([work, waited]);
  } finally {
    clearTimeout(timer);
  }
}

/** The chunks, ending quietly where the client left (the reads stop with an AbortError): a departure is no failure. */
async function* untilLeft<T>(chunks: AsyncGenerator<T>, signal: AbortSignal): AsyncGenerator<T> {
  try {
    yield* chunks;
  } catch (e) {
    if (!signal.aborted) throw e;
  }
}

export interface IoRoutesOptions { config: Config }

const routes: FastifyPluginAsyncZod<IoRoutesOptions> = async (app, { config }) => {
  // Bytes, not text: the charset is decoded (and checked) by the import, which names the line at fault.
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'buffer', bodyLimit: config.IMPORT_BODY_LIMIT_BYTES }, (_req, body, done) => done(null, body));

  app.post('/import', {
    config: { role: 'editor', swaggerTransform: bodyIn({ 'application/json': { $ref: '#/components/schemas/SeedFileInput' }, 'text/csv': { type: 'string', description: 'The statements CSV template (seed/templates/statements.csv), in UTF-8 unless the Content-Type declares a charset (text/csv; charset=windows-1252); bytes not in that encoding, or a column named twice, are refused' } }) },
    bodyLimit: config.IMPORT_BODY_LIMIT_BYTES,
    schema: {
      operationId: 'importFile',
      tags: ['import-export'], summary: 'Imports a seed JSON file or a statements CSV (editor)', security: BEARER, headers: WriteHeaders,
      description: 'An import that does not finish within IMPORT_WAIT_MS (20 s by default) answers 202 with Location: /api/jobs/{id}, and goes on as that job; a client that closes the connection before its answer cancels the import, unless it has committed. Send the file as the body: `Content-Type: application/json` for the seed format (the JSON export), `text/csv` for the statements template (see the README). Problems come back per row (row, record, field, message) in a 400, and nothing is applied. With dryRun=true nothing is applied either: the answer lists what would be created, updated and left unchanged.',
      querystring: ImportQuery,
      body: ImportBody,
      response: { 200: ImportReport, 202: ImportJob, 400: Problem, 401: Problem, 403: Problem, 413: Problem, 422: Problem },
    },
  }, async (req, reply) => {
    const type = req.headers['content-type'] ?? '';
    const csv = /^(text|application)\/csv\b/i.test(type);
    const charset = /;\s*charset="?([^";\s]+)/i.exec(type)?.[1];
    // Bound to the request until it becomes a job: a client that leaves before then cancels what has not committed.
    const leaving = new AbortController();
    let adopted = false;
    reply.raw.on('close', () => { if (!adopted && !reply.raw.writableFinished) leaving.abort(new Error('the client closed the connection')); });
    const work = runImport(app.writes, { format: csv ? 'csv' : 'json', content: req.body, charset, name: req.query.name ?? `upload.${csv ? 'csv' : 'json'}` }, {
      dryRun: req.query.dryRun, reason: req.query.reason ?? null, context: writeContext(req), signal: leaving.signal,
    });
    const finished = await finishedWithin(work, config.IMPORT_WAIT_MS);
    if (finished) return sendWrite(reply, finished);
    adopted = true;
    const job = app.jobs.adopt('import', req.principal?.name ?? 'anonymous', work.then((r) => r.body));
    return reply.code(202).header('location', `/api/jobs/${job.id}`).send(job);
  });

  app.get('/export', {
    config: { swaggerTransform: fileDownload('The export file: json and cytoscape as JSON, graphml, gexf, and csv as a zip', ['application/json', 'application/graphml+xml', 'application/gexf+xml', 'application/zip']) },
    schema: {
      operationId: 'exportGraph',
      tags: ['import-export'], summary: 'Exports the graph, or the part a filter selects',
      description: 'format=json is the seed format (imports back unchanged); graphml and gexf open in Gephi and Cytoscape Desktop; cytoscape is Cytoscape JSON; csv is a zip of neo4j-admin import files. Without filters, the whole graph; with the statements filters (and actor+depth for a neighbourhood), those statements and everything they name. The file streams as the graph is read, a page of records at a time (its first bytes come before its last record is read; a client that leaves stops the reading); it ends with an HTTP trailer, X-Content-Checksum (announced by the Trailer header): sha256 of the canonical dump of the exported records, computed as they stream, the same for an export and its re-import.',
      querystring: ExportQuery,
      response: { 400: Problem, 404: Problem },
    },
  }, async (req, reply) => {
    const { format, speaker, about, stance, ...rest } = req.query;
    const filter = { ...rest, speakers: speaker, about, stances: stance };
    await requireKnownIds(app.writes.records.kinds, statementFilterIds(filter));
    // The client leaving (the response closing before its end) aborts the export: no further page is read.
    const left = new AbortController();
    reply.raw.once('close', () => left.abort());
    const context = { store: app.store, records: app.writes.records, pageSize: config.EXPORT_PAGE_SIZE, signal: left.signal };
    const sum = new StreamedChecksum();
    let pages;
    try {
      pages = await exportPages(context, app.repos, filter);
    } catch (e) {
      if (!left.signal.aborted) throw e;
      // Nobody is left to answer: the work stops here, as nothing, not as an error.
      return reply.hijack();
    }
    const out = exportBody(format, checksummed(pages, sum));
    reply.type(out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`)
      // Known only once the last record is written: an HTTP trailer after the body.
      .trailer('x-content-checksum', async () => sum.digest());
    // A file, not a JSON document: sent as is, never through the response serialiser.
    return reply.send(Readable.from(untilLeft(out.chunks, left.signal)) as never);
  });
};
export default routes;

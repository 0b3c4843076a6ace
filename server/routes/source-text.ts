// /api/source-documents and /api/sources/:id/text: the text of the seed documents the statements quote, so a
// reader can check a quote in its context. A document is found by its source id, through the file name the
// seed data records for it, and read only from SOURCES_DIR: no request names a path.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { Problem } from '../schemas/common.js';
import { IdParams } from '../schemas/params.js';
import { SourceDocumentList, SourceText } from '../schemas/source-text.js';

/** The file names seed/schema.ts allows: one name, no folders. */
const FILE_NAME = /^[\w.-]+\.txt$/;

type Row = { id: string; title: string; publisher: string | null; url: string | null; file: string | null };
const describe = (r: Row) => ({ id: r.id, title: r.title, publisher: r.publisher, url: r.url, document: r.file && FILE_NAME.test(r.file) ? r.file.split(/[_.]/)[0]! : null });

const routes: FastifyPluginAsyncZod<{ sourcesDir: string }> = async (app, { sourcesDir }) => {
  const rows = async (id = '') => (await app.store.read('source-files', { id })) as Row[];

  app.get('/source-documents', {
    schema: { operationId: 'listSourceDocuments', tags: ['sources'], summary: 'Every source with its document number, for naming documents by title',
      description: 'Every source\'s id, title, publisher and URL, with the number of the seed document it was read from (null for a source added later), so a note naming "document 004" can show its title.',
      response: { 200: SourceDocumentList } },
  }, async () => ({ items: (await rows()).map(describe) }));

  app.get('/sources/:id/text', {
    schema: { operationId: 'getSourceText', tags: ['sources'], summary: 'The full text of a source document, as the statements quote it',
      description: 'The document\'s text, read from the server\'s SOURCES_DIR by the file name the source records (no request names a path). 404 when no source has the id, when the source has no document (the problem gives its URL when it has one), or when the file is not in SOURCES_DIR.',
      params: IdParams, response: { 200: SourceText, 400: Problem, 404: Problem } },
  }, async (req) => {
    const [row] = await rows(req.params.id);
    if (!row) throw new NotFound(`No source has the id "${req.params.id}"`, 'id');
    if (!row.file || !FILE_NAME.test(row.file)) throw new NotFound(`The source "${req.params.id}" has no document text on this server${row.url ? `; read it at ${row.url}` : ''}`);
    let text: string;
    try {
      text = await readFile(path.join(sourcesDir, path.basename(row.file)), 'utf8');
    } catch {
      throw new NotFound(`The document of the source "${req.params.id}" (${row.file}) is not in this server's sources folder`);
    }
    return { ...describe(row), text };
  });
};
export default routes;

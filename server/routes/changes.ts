// /api/changes: the audit trail, newest first — who changed what, when, before and after, and why.
// One change may hold 100,000 entries (an import): each answer carries a page of a change's entries
// (records and before/after) and a link to the next page, so no answer grows with the size of a change.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { Change, ChangePage, ChangeParams, EntryPage, ListChangesQuery } from '../schemas/changes.js';
import { Problem } from '../schemas/common.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const { changes } = app.writes;
  type Found = Awaited<ReturnType<typeof changes.find>>['items'][number];
  /** The change with one page of its entries, and the link to the next. */
  const shape = ({ diff, records, actors: _a, ...c }: Found, offset: number, limit: number) => {
    const end = Math.min(offset + limit, diff.length);
    const next = end < diff.length && limit > 0 ? `/api/changes/${encodeURIComponent(c.id)}?entriesOffset=${end}&entriesLimit=${limit}` : null;
    return { ...c, records: records.slice(offset, end), changes: diff.slice(offset, end), entries: { total: diff.length, offset, limit, next } };
  };

  app.get('/changes', {
    schema: {
      operationId: 'listChanges',
      tags: ['changes'], summary: 'The audit trail, newest first',
      description: 'A page of changes (limit 1–200, 50 by default), each with who made it, when, the action, its summary and reason, and its first entries (records written, before and after); entries.next pages the rest of a change. since, actor, record and by narrow the list.',
      querystring: ListChangesQuery,
      response: { 200: ChangePage, 400: Problem },
    },
  }, async (req) => {
    const { limit, offset, entries, ...filter } = req.query;
    const page = await changes.find(filter, limit, offset);
    return { ...page, items: page.items.map((c) => shape(c, 0, entries)) };
  });

  app.get('/changes/:id', {
    schema: {
      operationId: 'getChange', tags: ['changes'], summary: 'One change, with a page of its entries',
      description: 'The change and a page of its entries (entriesLimit 0–1000, 200 by default), with the link to the next page. 404 when no change has the id.',
      params: ChangeParams, querystring: EntryPage, response: { 200: Change, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const change = await changes.get(req.params.id);
    if (!change) throw new NotFound(`No change has the id "${req.params.id}"`, 'id');
    const { replay: _r, ...rest } = change;
    return shape(rest, req.query.entriesOffset, req.query.entriesLimit);
  });
};
export default routes;

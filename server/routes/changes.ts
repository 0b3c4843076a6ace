// /api/changes: the audit trail, newest first — who changed what, when, before and after, and why.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { paging } from '../api/params.js';
import { NotFound } from '../domain/errors.js';
import { RECORD_KINDS } from '../records/kinds.js';
import { ChangeInfoShape } from '../writes/respond.js';
import { Problem } from './schemas.js';

const Change = ChangeInfoShape.extend({
  records: z.array(z.string()).describe('The records written, as kind:id'),
  changes: z.array(z.object({
    kind: z.enum(RECORD_KINDS as [string, ...string[]]), id: z.string(), op: z.enum(['created', 'updated', 'deleted']),
    before: z.unknown().describe('The record before (seed format), null when created'), after: z.unknown().describe('The record after, null when deleted'),
  })),
});
const Since = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'must be a date (YYYY-MM-DD) or an ISO date-time' })
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

const routes: FastifyPluginAsyncZod = async (app) => {
  const { changes } = app.writes;
  const shape = ({ diff, actors: _a, ...c }: Awaited<ReturnType<typeof changes.find>>['items'][number]) => ({ ...c, changes: diff });

  app.get('/changes', {
    schema: {
      operationId: 'listChanges',
      tags: ['changes'], summary: 'The audit trail, newest first',
      querystring: z.object({
        since: Since.optional().describe('Only changes at or after this date or date-time'),
        actor: z.string().max(200).optional().describe('Only changes that touched this actor (or any record id), or a record naming it: an actor\'s history'),
        record: z.string().max(400).optional().describe('Only changes that wrote this record, as kind:id (e.g. statement:s1)'),
        by: z.string().max(64).optional().describe('Only changes made with this token name'),
        ...paging(50, 200),
      }),
      response: { 200: z.object({ items: z.array(Change), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }), 400: Problem },
    },
  }, async (req) => {
    const { limit, offset, ...filter } = req.query;
    const page = await changes.find(filter, limit, offset);
    return { ...page, items: page.items.map(shape) };
  });

  app.get('/changes/:id', {
    schema: { operationId: 'getChange', tags: ['changes'], summary: 'One change', params: z.object({ id: z.string().max(100) }), response: { 200: Change, 404: Problem } },
  }, async (req) => {
    const change = await changes.get(req.params.id);
    if (!change) throw new NotFound(`No change has the id "${req.params.id}"`, 'id');
    const { replay: _r, ...rest } = change;
    return shape(rest);
  });
};
export default routes;

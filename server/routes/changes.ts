// /api/changes: the audit trail, newest first — who changed what, when, before and after, and why.
// One change may hold 100,000 entries (an import): each answer carries a page of a change's entries
// (records and before/after) and a link to the next page, so no answer grows with the size of a change.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { paging } from '../api/params.js';
import { NotFound } from '../domain/errors.js';
import { RECORD_KINDS } from '../records/kinds.js';
import { ChangeInfoShape } from '../writes/respond.js';
import { Problem } from './schemas.js';

const Change = ChangeInfoShape.extend({
  records: z.array(z.string()).describe('The records written, as kind:id: this page of them'),
  changes: z.array(z.object({
    kind: z.enum(RECORD_KINDS as [string, ...string[]]), id: z.string(), op: z.enum(['created', 'updated', 'deleted']),
    before: z.unknown().describe('The record before (seed format), null when created'), after: z.unknown().describe('The record after, null when deleted'),
  })).describe('What happened to each record: this page of the entries, in the order of records'),
  entries: z.object({
    total: z.number().int().describe('Entries the change holds in all'),
    offset: z.number().int(), limit: z.number().int(),
    next: z.string().nullable().describe('The URL of the next page of this change\'s entries; null on the last'),
  }),
});

const MAX_ENTRIES = 1000;
const entryLimit = (fallback: number) => z.coerce.number().int().min(0).max(MAX_ENTRIES).default(fallback);
const EntryPage = z.object({
  entriesOffset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('Entries of the change to skip'),
  entriesLimit: entryLimit(200).describe(`Entries of the change per page (0–${MAX_ENTRIES}; 200 when not given)`),
});
const Since = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'must be a date (YYYY-MM-DD) or an ISO date-time' })
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

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
      querystring: z.object({
        since: Since.optional().describe('Only changes at or after this date or date-time'),
        actor: z.string().max(200).optional().describe('Only changes that touched this actor (or any record id), or a record naming it: an actor\'s history'),
        record: z.string().max(400).optional().describe('Only changes that wrote this record, as kind:id (e.g. statement:s1)'),
        by: z.string().max(64).optional().describe('Only changes made with this token name'),
        entries: entryLimit(20).describe(`The first entries of each change to include (0–${MAX_ENTRIES}; 20 when not given); each change's entries.next pages the rest`),
        ...paging(50, 200),
      }),
      response: { 200: z.object({ items: z.array(Change), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }), 400: Problem },
    },
  }, async (req) => {
    const { limit, offset, entries, ...filter } = req.query;
    const page = await changes.find(filter, limit, offset);
    return { ...page, items: page.items.map((c) => shape(c, 0, entries)) };
  });

  app.get('/changes/:id', {
    schema: {
      operationId: 'getChange', tags: ['changes'], summary: 'One change, with a page of its entries',
      params: z.object({ id: z.string().max(100) }), querystring: EntryPage, response: { 200: Change, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const change = await changes.get(req.params.id);
    if (!change) throw new NotFound(`No change has the id "${req.params.id}"`, 'id');
    const { replay: _r, ...rest } = change;
    return shape(rest, req.query.entriesOffset, req.query.entriesLimit);
  });
};
export default routes;

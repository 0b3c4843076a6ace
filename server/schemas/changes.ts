// /api/changes: the audit trail's filters, and a change with a page of its entries.
import { z } from 'zod';
import { RECORD_KINDS } from '../records/kinds.js';
import { paging } from './params.js';
import { ChangeInfoShape } from './writes.js';

export const Change = ChangeInfoShape.extend({
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
export const ChangePage = z.object({ items: z.array(Change), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

const MAX_ENTRIES = 1000;
const entryLimit = (fallback: number) => z.coerce.number().int().min(0).max(MAX_ENTRIES).default(fallback);
export const EntryPage = z.object({
  entriesOffset: z.coerce.number().int().min(0).max(10_000_000).default(0).describe('Entries of the change to skip'),
  entriesLimit: entryLimit(200).describe(`Entries of the change per page (0–${MAX_ENTRIES}; 200 when not given)`),
});
const Since = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { message: 'must be a date (YYYY-MM-DD) or an ISO date-time' })
  .transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v).toISOString());

export const ListChangesQuery = z.object({
  since: Since.optional().describe('Only changes at or after this date or date-time'),
  actor: z.string().max(200).optional().describe('Only changes that touched this actor (or any record id), or a record naming it: an actor\'s history'),
  record: z.string().max(400).optional().describe('Only changes that wrote this record, as kind:id (e.g. statement:s1)'),
  by: z.string().max(64).optional().describe('Only changes made with this token name'),
  entries: entryLimit(20).describe(`The first entries of each change to include (0–${MAX_ENTRIES}; 20 when not given); each change's entries.next pages the rest`),
  ...paging(50, 200),
});
export const ChangeParams = z.object({ id: z.string().max(100) });

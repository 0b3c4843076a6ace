// Queries an export reads the graph with, a page at a time in id order (keyset paging: each page
// starts after the last id of the one before). Rows are seed records' own fields, as records/* return them.
import { z } from 'zod';
import { TIE_TYPES } from '../../domain/vocabulary.js';
import { count, defineRead, maybeDay, maybeText, text } from '../define.js';

const after = { after: text, limit: count };
const aliases = z.array(z.string()).nullable();

export const EXPORT_READS = {
  'records/actors-page': defineRead(after, { id: text, name: text, kind: text, aliases, description: maybeText, unnamed: z.boolean().nullable() }),
  'records/places-page': defineRead(after, { id: text, name: text, aliases, description: maybeText }),
  'records/positions-page': defineRead(after, { id: text, label: text, description: maybeText }),
  'records/sources-page': defineRead(after, { id: text, title: text, publisher: maybeText, url: maybeText, published: maybeDay, kind: text, file: maybeText }),
  'records/events-page': defineRead(after, { id: text, name: text, date: maybeDay, endDate: maybeDay, description: maybeText }),
  'records/statements-page': defineRead(after, {
    id: text, quote: maybeText, summary: text, date: maybeDay, datePrecision: text, channel: text, lang: text, modality: text,
    documentVoice: z.boolean().nullable(),
  }),
  'records/ties-page': defineRead({ ...after, every: z.boolean(), actors: z.array(z.string()) }, {
    key: text, type: z.enum(TIE_TYPES), fromId: text, toId: text, detail: maybeText, since: maybeDay, until: maybeDay, source: text, excerpt: text,
  }),
};

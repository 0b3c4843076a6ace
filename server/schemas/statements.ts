// /api/statements: the filters, the statement as every resource shows it, its page and its detail.
import { z } from 'zod';
import { CHANNELS, DATE_PRECISIONS, MODALITIES, POSITION_STANCES } from '../domain/vocabulary.js';
import { ActorRef, Page, Stance, day } from './common.js';
import { id, idList, isoDate, paging, stanceList, text } from './params.js';

export const ListStatementsQuery = z.object({
  speaker: idList.describe('Speaker actor id; repeat for several'),
  about: idList.describe('Target actor, event or place id; repeat for several'),
  stance: stanceList.describe('Statements with any of these stances towards a target; repeat or comma-separate for several'),
  position: id.optional(), source: id.optional(),
  from: isoDate.optional(), to: isoDate.optional(), q: text().optional().describe('Words in the quote or summary'),
  ...paging(),
});

export const Statement = z.object({
  id: z.string(), quote: z.string().nullable(), summary: z.string(),
  date: day.nullable(), datePrecision: z.enum(DATE_PRECISIONS), channel: z.enum(CHANNELS), lang: z.string(), modality: z.enum(MODALITIES),
  speaker: ActorRef.describe('The first-named speaker'),
  speakers: z.array(ActorRef).describe('Every speaker of the statement, the first-named first (several for a joint text)'),
  // A copy of ActorRef, not the named component: OpenAPI 3.0 lets `nullable` sit only beside a type, never beside a reference.
  relayedBy: ActorRef.extend({}).nullable().describe('Who passed the words on, when not the speaker (a tweeted testimony)'),
  documentVoice: z.boolean().describe("True when the statement is a document's own claim, attributed to its publisher or author"),
  about: z.array(ActorRef.extend({ stance: Stance })).describe('Actors, events and places the statement is about; kind is "event" or "place" for those'),
  positions: z.array(z.object({
    id: z.string(), label: z.string(), stance: z.enum(POSITION_STANCES),
    figure: z.string().nullable().describe('The number the statement gives on a contested figure, as worded'),
  })),
  sources: z.array(z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), excerpt: z.string() })),
});
export const StatementPage = Page(Statement);
export const StatementDetail = Statement.extend({ respondsTo: z.array(Statement), responses: z.array(Statement) });

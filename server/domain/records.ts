// The record schemas: the single source of truth for what a record may hold, in the seed files, the
// write API and imports. Every file in seed/data/*.json is one SeedFile; ids are unique across all files.
import { z } from 'zod';
import { STANCES } from './stances.js';
import { ACTOR_KINDS, CHANNELS, DATE_PRECISIONS, MODALITIES, POSITION_STANCES, SOURCE_KINDS, TIE_TYPES } from './vocabulary.js';

// At most 100 characters, the longest id a route's path takes: a longer one could be made but never read or deleted.
const id = z.string().max(100, 'must be at most 100 characters').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id such as "ilham-aliyev"');
const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
const text = z.string().trim().min(1, 'must not be empty');

/** Where a record comes from: the source id and the exact words of the document. */
export const Citation = z.strictObject({ source: id, excerpt: text });

export const Source = z.strictObject({
  // http(s) only: a source link is shown to readers, and javascript:, data: or file: links must never be.
  id, title: text, publisher: text.nullable(), url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).nullable(), published: isoDate.nullable(),
  kind: z.enum(SOURCE_KINDS),
  /** File name in ../shared/sources that the excerpts are checked against; null for a source added through the API or an import. */
  file: z.string().regex(/^[\w.-]+\.txt$/).nullable().default(null),
});

export const Actor = z.strictObject({
  id, name: text, kind: z.enum(ACTOR_KINDS), aliases: z.array(text).default([]), description: text.nullable().default(null),
  /** A speaker the documents leave unnamed ("witnesses", "a woman in Stepanakert"), named as they describe it. */
  unnamed: z.boolean().default(false),
});

export const Place = z.strictObject({ id, name: text, aliases: z.array(text).default([]), description: text.nullable().default(null) });

export const Event = z.strictObject({
  id, name: text, date: isoDate.nullable(), endDate: isoDate.nullable().default(null), description: text.nullable().default(null),
  places: z.array(id).default([]),
  participants: z.array(z.strictObject({ actor: id, role: text })).default([]),
  sources: z.array(Citation).min(1, 'needs at least one source'),
}).superRefine((e, ctx) => {
  if (e.date !== null && e.endDate !== null && e.endDate < e.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: `must not be before date ${e.date}` });
});

export const Position = z.strictObject({ id, label: text, description: text.nullable().default(null) });

export const Tie = z.strictObject({
  type: z.enum(TIE_TYPES), from: id, to: id,
  /** role for MEMBER_OF, title for HOLDS_OFFICE, basis for ALLIED_WITH; null where the documents give none. */
  detail: text.nullable().default(null),
  since: isoDate.nullable().default(null), until: isoDate.nullable().default(null),
  source: id, excerpt: text,
}).superRefine((t, ctx) => {
  if (t.since !== null && t.until !== null && t.until < t.since) ctx.addIssue({ code: 'custom', path: ['until'], message: `must not be before since ${t.since}` });
});

export const Statement = z.strictObject({
  id, speaker: id,
  /** Every speaker of one joint text, the first being `speaker`; empty when `speaker` spoke alone. */
  speakers: z.array(id).default([]),
  /** Who passed the words on (a tweeted testimony, a quoted thread), when not the speaker. */
  relayedBy: id.nullable().default(null),
  /** The document's own claim, attributed to its publisher or author. */
  documentVoice: z.boolean().default(false),
  /** The speaker's exact words as the document prints them, or null when the document only reports the gist. */
  quote: text.nullable(),
  /** One line in our words saying what was said, shown when there is no quote. */
  summary: text,
  date: isoDate.nullable(), datePrecision: z.enum(DATE_PRECISIONS),
  channel: z.enum(CHANNELS), lang: z.string().regex(/^[a-z]{2}$/).default('en'),
  modality: z.enum(MODALITIES),
  about: z.array(z.strictObject({ target: id, stance: z.enum(STANCES) })).min(1, 'needs at least one target'),
  /** figure: the number the statement gives, as worded, on a position that asks for one ("27", "at least 200"). */
  positions: z.array(z.strictObject({ position: id, stance: z.enum(POSITION_STANCES), figure: text.nullable().default(null) })).default([]),
  sources: z.array(Citation).min(1, 'needs at least one source'),
  respondsTo: z.array(id).default([]),
}).superRefine((s, ctx) => {
  if (s.date === null && s.datePrecision !== 'unknown') ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'must be "unknown" when date is null' });
  if (s.date !== null && s.datePrecision === 'unknown') ctx.addIssue({ code: 'custom', path: ['date'], message: 'must be null when datePrecision is "unknown"' });
  if (s.speakers.length > 0 && (s.speakers.length < 2 || s.speakers[0] !== s.speaker)) ctx.addIssue({ code: 'custom', path: ['speakers'], message: `must list two or more speakers starting with speaker "${s.speaker}", or be empty` });
  if (new Set(s.speakers).size !== s.speakers.length) ctx.addIssue({ code: 'custom', path: ['speakers'], message: 'lists a speaker twice' });
  if (s.respondsTo.includes(s.id)) ctx.addIssue({ code: 'custom', path: ['respondsTo'], message: `must not name the statement itself ("${s.id}")` });
  if (s.relayedBy !== null && speakersOf(s).includes(s.relayedBy)) ctx.addIssue({ code: 'custom', path: ['relayedBy'], message: `"${s.relayedBy}" is a speaker; relayedBy names someone else who passed the words on` });
});

/** Everyone who said the statement, the first-named first. */
export const speakersOf = (s: { speaker: string; speakers: string[] }): string[] => (s.speakers.length > 0 ? s.speakers : [s.speaker]);

export const SeedFile = z.strictObject({
  sources: z.array(Source).default([]),
  actors: z.array(Actor).default([]),
  places: z.array(Place).default([]),
  events: z.array(Event).default([]),
  positions: z.array(Position).default([]),
  ties: z.array(Tie).default([]),
  statements: z.array(Statement).default([]),
});

export type SeedFile = z.infer<typeof SeedFile>;
export type Source = z.infer<typeof Source>;
export type Actor = z.infer<typeof Actor>;
export type Place = z.infer<typeof Place>;
export type Event = z.infer<typeof Event>;
export type Position = z.infer<typeof Position>;
export type Tie = z.infer<typeof Tie>;
export type Statement = z.infer<typeof Statement>;

// The record schemas: the single source of truth for what a record may hold, in the seed files, the
// write API and imports. Every file in seed/data/*.json is one SeedFile; ids are unique across all files.
import { z } from 'zod';
import { STANCES } from './stances.js';
import { ACTOR_KINDS, CHANNELS, DATE_PRECISIONS, MODALITIES, POSITION_STANCES, SOURCE_KINDS, TIE_TYPES } from './vocabulary.js';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case id such as "ilham-aliyev"');
const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
const text = z.string().trim().min(1, 'must not be empty');

/** Where a record comes from: the source id and the exact words of the document. */
export const Citation = z.strictObject({ source: id, excerpt: text });

export const Source = z.strictObject({
  id, title: text, publisher: text.nullable(), url: z.url().nullable(), published: isoDate.nullable(),
  kind: z.enum(SOURCE_KINDS),
  /** File name in ../shared/sources that the excerpts are checked against; null for a source added through the API or an import. */
  file: z.string().regex(/^[\w.-]+\.txt$/).nullable().default(null),
});

export const Actor = z.strictObject({
  id, name: text, kind: z.enum(ACTOR_KINDS), aliases: z.array(text).default([]), description: text.nullable().default(null),
});

export const Place = z.strictObject({ id, name: text, aliases: z.array(text).default([]), description: text.nullable().default(null) });

export const Event = z.strictObject({
  id, name: text, date: isoDate.nullable(), endDate: isoDate.nullable().default(null), description: text.nullable().default(null),
  places: z.array(id).default([]),
  participants: z.array(z.strictObject({ actor: id, role: text })).default([]),
  sources: z.array(Citation).min(1, 'needs at least one source'),
});

export const Position = z.strictObject({ id, label: text, description: text.nullable().default(null) });

export const Tie = z.strictObject({
  type: z.enum(TIE_TYPES), from: id, to: id,
  /** role for MEMBER_OF, title for HOLDS_OFFICE, basis for ALLIED_WITH; null where the documents give none. */
  detail: text.nullable().default(null),
  since: isoDate.nullable().default(null), until: isoDate.nullable().default(null),
  source: id, excerpt: text,
});

export const Statement = z.strictObject({
  id, speaker: id,
  /** The speaker's exact words as the document prints them, or null when the document only reports the gist. */
  quote: text.nullable(),
  /** One line in our words saying what was said, shown when there is no quote. */
  summary: text,
  date: isoDate.nullable(), datePrecision: z.enum(DATE_PRECISIONS),
  channel: z.enum(CHANNELS), lang: z.string().regex(/^[a-z]{2}$/).default('en'),
  modality: z.enum(MODALITIES),
  about: z.array(z.strictObject({ target: id, stance: z.enum(STANCES) })).min(1, 'needs at least one target'),
  positions: z.array(z.strictObject({ position: id, stance: z.enum(POSITION_STANCES) })).default([]),
  sources: z.array(Citation).min(1, 'needs at least one source'),
  respondsTo: z.array(id).default([]),
}).superRefine((s, ctx) => {
  if (s.date === null && s.datePrecision !== 'unknown') ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'must be "unknown" when date is null' });
  if (s.date !== null && s.datePrecision === 'unknown') ctx.addIssue({ code: 'custom', path: ['date'], message: 'must be null when datePrecision is "unknown"' });
});

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

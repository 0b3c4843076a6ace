// A statement's own links (its speakers in order, who relayed it, its targets, positions and sources) as
// one JSON text that the embedded engine keeps on the statement. LadybugDB plans every list of links
// followed from a set of statements as a hash join over the whole relationship table, so a page of
// statements reads this instead: key lookups only. Every load and write writes it from the record, in
// the same transaction as the relationships it mirrors.
import { z } from 'zod';
import { POSITION_STANCES } from './vocabulary.js';
import { STANCES } from './stances.js';
import { speakersOf, type Statement } from './records.js';

/**
 * The text is a JSON array of the five, each link an array too: a bulk load's CSV quotes the text and
 * doubles each quote mark in it, and object keys would more than double their number (the statements'
 * copy at 10^6 took 4.1 s with keys, 3.5-4.0 s without, 2.2 s without the text).
 */
const LinksText = z.tuple([
  /** The speakers in rank order: the first is the statement's speaker. */
  z.array(z.string()).min(1),
  z.string().nullable(),
  z.array(z.tuple([z.string(), z.enum(STANCES)])),
  z.array(z.tuple([z.string(), z.enum(POSITION_STANCES), z.string().nullable()])),
  z.array(z.tuple([z.string(), z.string()])),
]).transform(([speakers, relayedBy, about, positions, sources]) => ({
  speakers, relayedBy,
  about: about.map(([target, stance]) => ({ target, stance })),
  positions: positions.map(([position, stance, figure]) => ({ position, stance, figure })),
  sources: sources.map(([source, excerpt]) => ({ source, excerpt })),
}));
export type StatementLinks = z.output<typeof LinksText>;

export const parseLinks = (text: string): StatementLinks => LinksText.parse(JSON.parse(text));

/** The last of the items with one key, as a MERGE on that key followed by a SET keeps it, in key order. */
function lastByKey<T>(items: T[], key: (t: T) => string): T[] {
  if (items.length < 2) return items;
  const m = new Map<string, T>();
  for (const t of items) m.set(key(t), t);
  return [...m.keys()].sort().map((k) => m.get(k)!);
}

/**
 * The links as the relationships hold them (cypher/load/link-statement-*): one per target, position, and
 * source with its excerpt; each list in one order, so that equal links are equal text.
 */
export function linksText(l: StatementLinks): string {
  return JSON.stringify([
    l.speakers, l.relayedBy,
    lastByKey(l.about, (a) => a.target).map((a) => [a.target, a.stance]),
    lastByKey(l.positions, (p) => p.position).map((p) => [p.position, p.stance, p.figure]),
    lastByKey(l.sources, (c) => `${c.source}\u0000${c.excerpt}`).map((c) => [c.source, c.excerpt]),
  ]);
}

export const statementLinksText = (s: Statement): string =>
  linksText({ speakers: speakersOf(s), relayedBy: s.relayedBy, about: s.about, positions: s.positions, sources: s.sources });

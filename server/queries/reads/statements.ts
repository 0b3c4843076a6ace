// Queries that find statements by filters and fetch them whole.
import { z } from 'zod';
import { CHANNELS, DATE_PRECISIONS, MODALITIES, POSITION_STANCES } from '../../domain/vocabulary.js';
import { STANCES } from '../../domain/stances.js';
import type { Backend } from '../../store/store.js';
import { count, dateRange, defineRead, ids, maybeDay, maybeText, page, text } from '../define.js';

/** The filters every find and count query takes; an empty string or list means "any". */
export const statementFilter = {
  speakers: ids, about: ids, involving: ids, stances: ids, position: text, source: text, q: text, ...dateRange,
};
const total = { total: count };
const found = { id: text };

const ref = { id: text, name: text, kind: text };
const core = {
  id: text, quote: maybeText, summary: text, date: maybeDay, datePrecision: z.enum(DATE_PRECISIONS), channel: z.enum(CHANNELS), lang: text,
  modality: z.enum(MODALITIES), documentVoice: z.boolean().nullable(),
};
const target = { ...ref, stance: z.enum(STANCES) };
const position = { id: text, label: text, stance: z.enum(POSITION_STANCES), figure: text };
const citation = { id: text, title: text, url: maybeText, publisher: maybeText, excerpt: text };
const whole = {
  ...core, speakers: z.array(z.object({ ...ref, rank: count.nullable() })), relayer: z.object(ref).nullable(),
  about: z.array(z.object(target)), positions: z.array(z.object(position)), sources: z.array(z.object(citation)),
};

export const STATEMENT_READS = {
  'count-statements': defineRead(statementFilter, total),
  'count-statements-about': defineRead(statementFilter, total),
  'count-statements-by-speakers': defineRead(statementFilter, total),
  'count-statements-by-speakers-about': defineRead(statementFilter, total),
  'find-statements': defineRead({ ...statementFilter, ...page }, found),
  'find-statements-about': defineRead({ ...statementFilter, ...page }, found),
  'find-statements-by-speakers': defineRead({ ...statementFilter, ...page }, found),
  'find-statements-by-speakers-about': defineRead({ ...statementFilter, ...page }, found),
  /** The statements' own fields and their links text, each by its key (LadybugDB only: see server/domain/statement-links.ts). */
  'statements-with-links': defineRead({ ids }, { ...core, links: text }, 'ladybug'),
  /** What the links point to, by table (LadybugDB only): a source's title is its name. */
  'link-names': defineRead(
    { actors: ids, events: ids, places: ids, positions: ids, sources: ids },
    { nodeType: z.enum(['actor', 'event', 'place', 'position', 'source']), id: text, name: text, kind: maybeText, url: maybeText, publisher: maybeText }, 'ladybug'),
  /** The statements whole, one row each with its links as nested lists (pattern comprehensions: Neo4j only). */
  'statements-whole': defineRead({ ids }, whole, 'neo4j'),
  /** A page of the statements a filter finds, whole, with how many it finds: one round trip (Neo4j only). */
  'statements-page': defineRead({ ...statementFilter, ...page, joinWeight: count }, { total: count, page: z.array(z.object(whole)) }, 'neo4j'),
  /** A page of one speaker's statements about one actor, from their derived relationships (Neo4j only). */
  'statements-page-of-pair': defineRead(
    { speaker: text, target: text, stances: ids, ...dateRange, ...page },
    { paired: z.boolean(), total: count, page: z.array(z.object(whole)) }, 'neo4j'),
  /** The statement keys of one speaker's derived relationships to one actor, a row per stance (LadybugDB only). */
  'pair-statement-keys': defineRead({ speaker: text, target: text, stances: ids }, { keys: z.array(text).nullable() }, 'ladybug'),
  'statement-responses': defineRead({ id: text }, { direction: z.enum(['respondsTo', 'responses']), id: text }),
};

/**
 * Whether an engine fetches statements whole in one query (statements-whole), and a page of them with
 * its total in one (statements-page), or needs a count and a find, then statements-with-links and
 * link-names for what pattern comprehensions do in one.
 */
export const hydratesInOneQuery = (backend: Backend) => backend === 'neo4j';

/**
 * With speakers and targets both given, how many times as much a statement costs when it is tested
 * from one side as when both sides are read and joined by hash (statements-page.neo4j.cypher): about 4
 * at 10^6 (3.3 µs against 0.8). The page joins when that is the cheaper start.
 */
export const STATEMENT_JOIN_WEIGHT = 4;

/**
 * The one speaker and one target whose page is read from their derived "spoke about" relationships
 * (statements-page-of-pair on Neo4j, pair-statement-keys on LadybugDB), when nothing else but stances
 * and dates is asked for; the queries say whether the target is an actor, and the general page answers
 * when it is not.
 */
export function pairOf(f: { speakers: string[]; about: string[]; involving: string[]; position: string; source: string; q: string }) {
  const [speaker, ...moreSpeakers] = f.speakers, [target, ...moreTargets] = f.about;
  const plain = !f.position && !f.source && !f.q && f.involving.length === 0;
  return plain && speaker !== undefined && target !== undefined && moreSpeakers.length === 0 && moreTargets.length === 0
    ? { speaker, target } : undefined;
}

/**
 * A derived relationship's statement keys (derive/spoke-about: the date, or 9999-99-99 when undated, a
 * space and the id; ids have no spaces) in page order, each once, within the date range unless any
 * date is asked for: the same statements, in the same order, as find-statements gives for the pair.
 */
export function keysInPageOrder(keys: string[], range: { anyDate: boolean; from: string; to: string }): string[] {
  const within = (key: string) => range.anyDate || (key.slice(0, 10) >= range.from && key.slice(0, 10) <= range.to);
  return [...new Set(keys)].filter(within).sort();
}

/** The statement a key names. */
export const statementOfKey = (key: string) => key.slice(key.indexOf(' ') + 1);

/**
 * The count and find queries for a filter: the shape that lets the engine start from the given
 * speakers or targets, or the general query when there are none, or when a position, source or
 * "involving" filter is set (their EXISTS subqueries cost as much as a scan even when switched off,
 * so the shapes that start from ids leave them out).
 */
export function statementQueries(f: { speakers: string[]; about: string[]; involving: string[]; position: string; source: string }) {
  const plain = !f.position && !f.source && f.involving.length === 0;
  const speakers = plain && f.speakers.length > 0, about = plain && f.about.length > 0;
  const suffix = speakers && about ? '-by-speakers-about' : about ? '-about' : speakers ? '-by-speakers' : '';
  return { count: `count-statements${suffix}`, find: `find-statements${suffix}` } as const;
}

// The load plan: turns a validated dataset into upsert tables, one per load query, in an order that
// writes nodes before the links between them. A store applies the plan in one write transaction, so a
// load either lands whole or leaves the graph as it was. Each statement and event is written whole: the
// links it owns are cleared first, so a record loaded again keeps only the links it names now (and a
// statement's links text, statement-links.ts, says the same as its relationships).
import { fold, searchText } from './normalize.js';
import type { Dataset } from './dataset.js';
import { speakersOf, type Tie } from './records.js';
import { statementLinksText } from './statement-links.js';

/** The load queries (cypher/load/*.cypher), each upserting one table of rows. */
/** The links a statement or an event owns, cleared before it is written (its incoming references belong to others). */
const UNLINK_STATEMENTS = [
  'load/unlink-statement-speakers', 'load/unlink-statement-relays', 'load/unlink-statement-targets', 'load/unlink-statement-positions',
  'load/unlink-statement-sources', 'load/unlink-statement-responses',
] as const;
const UNLINK_EVENTS = ['load/unlink-event-places', 'load/unlink-event-participants', 'load/unlink-event-sources'] as const;
export const UNLINK_QUERIES = [...UNLINK_STATEMENTS, ...UNLINK_EVENTS] as const;

export const LOAD_QUERIES = [
  ...UNLINK_QUERIES,
  'load/upsert-sources', 'load/upsert-actors', 'load/upsert-places', 'load/upsert-positions', 'load/upsert-events',
  'load/upsert-statements', 'load/link-statement-speakers', 'load/link-statement-relays', 'load/link-event-places', 'load/link-participants',
  'load/link-statements-about-actors', 'load/link-statements-about-events', 'load/link-statements-about-places',
  'load/link-statement-positions', 'load/link-statement-sources', 'load/link-responses',
  'load/link-memberships', 'load/link-offices', 'load/link-alliances', 'load/link-arms-supply', 'load/link-event-sources',
] as const;
export type LoadQuery = (typeof LOAD_QUERIES)[number];

/** The queries that rebuild the relationships derived from statements, for the speakers given as rows (cypher/derive/). */
export const DERIVE_QUERIES = ['derive/clear-spoke-about', 'derive/spoke-about'] as const;

/** One step of the plan: the rows one load query upserts. */
export interface LoadStep { query: LoadQuery; rows: Record<string, unknown>[] }
/** A step that rebuilds derived relationships, after the records they derive from are written. */
export interface DeriveStep { query: (typeof DERIVE_QUERIES)[number]; rows: { speaker: string }[] }

const TIE_QUERY: Record<Tie['type'], LoadQuery> = {
  MEMBER_OF: 'load/link-memberships', HOLDS_OFFICE: 'load/link-offices',
  ALLIED_WITH: 'load/link-alliances', SUPPLIES_ARMS_TO: 'load/link-arms-supply',
};

/** The rows each load query upserts, whole and in load order (nodes before the links between them). */
/** `storedKind` names the kind of a statement target that is not in the dataset (the write API's records point at stored ones). */
export function loadTables(d: Dataset, storedKind: (id: string) => string | undefined = () => undefined): LoadStep[] {
  const kindOf = new Map<string, 'actor' | 'event' | 'place'>();
  d.actors.forEach((a) => kindOf.set(a.id, 'actor'));
  d.events.forEach((e) => kindOf.set(e.id, 'event'));
  d.places.forEach((p) => kindOf.set(p.id, 'place'));
  const kind = (target: string) => kindOf.get(target) ?? storedKind(target);
  const about = d.statements.flatMap((s) => s.about.map((a) => ({ statement: s.id, target: a.target, stance: a.stance, kind: kind(a.target) })));
  const aboutOf = (kind: string) => about.filter((a) => a.kind === kind).map(({ kind: _k, ...row }) => row);

  const statementIds = d.statements.map((s) => ({ id: s.id })), eventIds = d.events.map((e) => ({ id: e.id }));
  const steps: [LoadQuery, Record<string, unknown>[]][] = [
    ...UNLINK_STATEMENTS.map((q): [LoadQuery, Record<string, unknown>[]] => [q, statementIds]),
    ...UNLINK_EVENTS.map((q): [LoadQuery, Record<string, unknown>[]] => [q, eventIds]),
    ['load/upsert-sources', d.sources],
    ['load/upsert-actors', d.actors.map((a) => ({ ...a, searchText: searchText([a.name, ...a.aliases]) }))],
    ['load/upsert-places', d.places.map((p) => ({ ...p, searchText: searchText([p.name, ...p.aliases]) }))],
    ['load/upsert-positions', d.positions],
    ['load/upsert-events', d.events.map(({ id, name, date, endDate, description }) => ({ id, name, date, endDate, description }))],
    ['load/link-event-places', d.events.flatMap((e) => e.places.map((place) => ({ event: e.id, place })))],
    ['load/link-participants', d.events.flatMap((e) => e.participants.map((p) => ({ event: e.id, actor: p.actor, role: p.role })))],
    ['load/link-event-sources', d.events.flatMap((e) => e.sources.map((c) => ({ event: e.id, ...c })))],
    ['load/upsert-statements', d.statements.map((s) => ({
      id: s.id, speaker: s.speaker, quote: s.quote, summary: s.summary, date: s.date, datePrecision: s.datePrecision,
      channel: s.channel, lang: s.lang, modality: s.modality, documentVoice: s.documentVoice, searchText: fold(`${s.quote ?? ''} ${s.summary}`),
      // A target of no known kind gets no ABOUT link, so the links text leaves it out too.
      links: statementLinksText({ ...s, about: s.about.filter((a) => kind(a.target) !== undefined) }),
    }))],
    // rank keeps the speakers' order: the first-named is the statement's `speaker`.
    ['load/link-statement-speakers', d.statements.flatMap((s) => speakersOf(s).map((speaker, rank) => ({ statement: s.id, speaker, rank })))],
    ['load/link-statement-relays', d.statements.filter((s) => s.relayedBy !== null).map((s) => ({ statement: s.id, actor: s.relayedBy }))],
    ['load/link-statements-about-actors', aboutOf('actor')],
    ['load/link-statements-about-events', aboutOf('event')],
    ['load/link-statements-about-places', aboutOf('place')],
    ['load/link-statement-positions', d.statements.flatMap((s) => s.positions.map((p) => ({ statement: s.id, ...p })))],
    ['load/link-statement-sources', d.statements.flatMap((s) => s.sources.map((c) => ({ statement: s.id, ...c })))],
    ['load/link-responses', d.statements.flatMap((s) => s.respondsTo.map((respondsTo) => ({ statement: s.id, respondsTo })))],
    ...(Object.keys(TIE_QUERY) as Tie['type'][]).map((type): [LoadQuery, Record<string, unknown>[]] => [
      TIE_QUERY[type], d.ties.filter((t) => t.type === type).map(({ type: _t, ...t }) => t),
    ]),
  ];
  return steps.map(([query, rows]) => ({ query, rows }));
}

/**
 * Rebuilds the "spoke about" relationships of these speakers from their statements as the graph then
 * holds them: run after a load or write, in its transaction, with every speaker whose statements it
 * added, changed or removed.
 */
export function deriveSteps(speakers: Iterable<string>): DeriveStep[] {
  const rows = [...new Set(speakers)].sort().map((speaker) => ({ speaker }));
  return rows.length === 0 ? [] : DERIVE_QUERIES.map((query) => ({ query, rows }));
}

/** Every speaker of a dataset's statements. */
export const speakersIn = (d: Pick<Dataset, 'statements'>): string[] => d.statements.flatMap((s) => speakersOf(s));

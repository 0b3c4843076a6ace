// Turns a validated dataset into upsert tables and applies them in one write transaction,
// so a load either lands whole or leaves the graph as it was.
import { fold, searchText } from '../server/domain/normalize.js';
import type { QueryName } from '../server/queries/names.js';
import type { GraphStore, LoadTable } from '../server/store/store.js';
import type { Dataset } from './dataset.js';
import { speakersOf, type Tie } from './schema.js';

const TIE_QUERY: Record<Tie['type'], QueryName> = {
  MEMBER_OF: 'load/link-memberships', HOLDS_OFFICE: 'load/link-offices',
  ALLIED_WITH: 'load/link-alliances', SUPPLIES_ARMS_TO: 'load/link-arms-supply',
};

/** The rows each load query upserts, whole and in load order (nodes before the links between them). */
/** `storedKind` names the kind of a statement target that is not in the dataset (the write API's records point at stored ones). */
export function loadTables(d: Dataset, storedKind: (id: string) => string | undefined = () => undefined): LoadTable[] {
  const kindOf = new Map<string, 'actor' | 'event' | 'place'>();
  d.actors.forEach((a) => kindOf.set(a.id, 'actor'));
  d.events.forEach((e) => kindOf.set(e.id, 'event'));
  d.places.forEach((p) => kindOf.set(p.id, 'place'));
  const about = d.statements.flatMap((s) => s.about.map((a) => ({ statement: s.id, target: a.target, stance: a.stance, kind: kindOf.get(a.target) ?? storedKind(a.target) })));
  const aboutOf = (kind: string) => about.filter((a) => a.kind === kind).map(({ kind: _k, ...row }) => row);

  const steps: [QueryName, Record<string, unknown>[]][] = [
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
    ...(Object.keys(TIE_QUERY) as Tie['type'][]).map((type): [QueryName, Record<string, unknown>[]] => [
      TIE_QUERY[type], d.ties.filter((t) => t.type === type).map(({ type: _t, ...t }) => t),
    ]),
  ];
  return steps.map(([query, rows]) => ({ query, rows }));
}

export async function loadDataset(store: GraphStore, d: Dataset): Promise<void> {
  await store.writeTables(loadTables(d));
}

export async function countNodes(store: GraphStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = { Actor: 0, Statement: 0, Source: 0, Position: 0, Event: 0, Place: 0 };
  for (const r of await store.read('count-nodes-by-label')) counts[String(r.label)] = Number(r.n);
  return counts;
}

// Reads records back from the graph in seed format: the before and after of every write, the
// records an import is compared with, and what an export writes out.
import type { Actor, Event, Place, Position, Source, Statement, Tie } from '../domain/records.js';
import type { QueryName } from '../queries/names.js';
import type { GraphStore, Params, Row } from '../store/store.js';
import { canonicalRecord } from './canonical.js';
import { parseTieId, type AnyRecord, type NodeKind, type RecordKind } from './kinds.js';

/** Ids per query: long id lists go in slices so no parameter grows without bound. */
const CHUNK = 5000;

export interface TieFilter { every?: boolean; actors?: string[]; either?: boolean; sources?: string[] }
export interface Referrer { id: string; kind: 'statement' | 'event'; ref: string; field: string }

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** The query with each kind's own fields, by id, and the one with its links (events and statements). */
const CORE: Record<NodeKind, QueryName> = {
  actor: 'records/actors', place: 'records/places', position: 'records/positions', source: 'records/sources', event: 'records/events', statement: 'records/statements',
};
const PARTS: Partial<Record<NodeKind, QueryName>> = { event: 'records/event-parts', statement: 'records/statement-parts' };

/** A tie from its row (records/ties, records/ties-page). */
export const tieOf = (r: Row): Tie => ({
  type: r.type as Tie['type'], from: String(r.fromId), to: String(r.toId), detail: str(r.detail),
  since: str(r.since), until: str(r.until), source: String(r.source), excerpt: String(r.excerpt),
});

export function createRecordReader(store: GraphStore) {
  async function chunked(name: QueryName, ids: string[], extra: Params = {}): Promise<Row[]> {
    const unique = [...new Set(ids)];
    const out: Row[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) out.push(...(await store.read(name, { ...extra, ids: unique.slice(i, i + CHUNK) })));
    return out;
  }

  /** Link rows (owner, part, ref, detail) grouped by owner, then by part. */
  async function parts(name: QueryName, ids: string[]): Promise<Map<string, Map<string, Row[]>>> {
    const byOwner = new Map<string, Map<string, Row[]>>();
    for (const r of await chunked(name, ids)) {
      const owner = byOwner.get(String(r.owner)) ?? new Map<string, Row[]>();
      byOwner.set(String(r.owner), owner.set(String(r.part), [...(owner.get(String(r.part)) ?? []), r]));
    }
    return byOwner;
  }

  /** Each kind's record from its row (and, for events and statements, its link rows grouped by part). */
  const toRecord: Record<NodeKind, (r: Row, of: (part: string) => Row[]) => AnyRecord> = {
    actor: (r): Actor => ({
      id: String(r.id), name: String(r.name), kind: r.kind as Actor['kind'], aliases: list(r.aliases), description: str(r.description),
      unnamed: r.unnamed === true,
    }),
    place: (r): Place => ({ id: String(r.id), name: String(r.name), aliases: list(r.aliases), description: str(r.description) }),
    position: (r): Position => ({ id: String(r.id), label: String(r.label), description: str(r.description) }),
    source: (r): Source => ({
      id: String(r.id), title: String(r.title), publisher: str(r.publisher), url: str(r.url), published: str(r.published),
      kind: r.kind as Source['kind'], file: str(r.file),
    }),
    event: (r, of): Event => canonicalRecord('event', {
      id: String(r.id), name: String(r.name), date: str(r.date), endDate: str(r.endDate), description: str(r.description),
      places: of('places').map((p) => String(p.ref)),
      participants: of('participants').map((p) => ({ actor: String(p.ref), role: String(p.detail) })),
      sources: of('sources').map((c) => ({ source: String(c.ref), excerpt: String(c.detail) })),
    }),
    statement: (r, of): Statement => {
      const speakers = of('speakers').sort((a, b) => Number(a.rank) - Number(b.rank)).map((a) => String(a.ref));
      return canonicalRecord('statement', {
        id: String(r.id), speaker: speakers[0] ?? '', speakers: speakers.length > 1 ? speakers : [],
        relayedBy: str(of('relayedBy')[0]?.ref), documentVoice: r.documentVoice === true,
        quote: str(r.quote), summary: String(r.summary), date: str(r.date),
        datePrecision: r.datePrecision as Statement['datePrecision'], channel: r.channel as Statement['channel'], lang: String(r.lang),
        modality: r.modality as Statement['modality'],
        about: of('about').map((a) => ({ target: String(a.ref), stance: a.detail as Statement['about'][number]['stance'] })),
        positions: of('positions').map((p) => ({ position: String(p.ref), stance: p.detail as Statement['positions'][number]['stance'], figure: p.extra ? String(p.extra) : null })),
        sources: of('sources').map((c) => ({ source: String(c.ref), excerpt: String(c.detail) })),
        respondsTo: of('respondsTo').map((x) => String(x.ref)),
      });
    },
  };

  /** The link rows of these events or statements by owner and part; none for other kinds, or for statements without `links`. */
  async function linksOf(kind: NodeKind, ids: string[], links = true): Promise<Map<string, Map<string, Row[]>>> {
    const query = PARTS[kind];
    return query && (links || kind === 'event') ? parts(query, ids) : new Map();
  }
  const build = (kind: NodeKind, rows: Row[], byOwner: Map<string, Map<string, Row[]>>) =>
    rows.map((r) => toRecord[kind](r, (part) => byOwner.get(String(r.id))?.get(part) ?? []));

  /**
   * Records of one kind from their rows, events and statements with their links read for these rows;
   * with `links: false`, a statement's own fields alone, its lists empty, for a writer that needs no more.
   */
  async function fromRows(kind: NodeKind, rows: Row[], { links = true }: { links?: boolean } = {}): Promise<AnyRecord[]> {
    return build(kind, rows, await linksOf(kind, rows.map((r) => String(r.id)), links));
  }

  async function ties(f: TieFilter): Promise<Tie[]> {
    const rows = await store.read('records/ties', { every: f.every ?? false, actors: f.actors ?? [], either: f.either ?? false, sources: f.sources ?? [] });
    return rows.map(tieOf);
  }

  /** The records of one kind with these ids (ties named `TYPE:from:to`), in no particular order; `links` as fromRows. */
  async function byIds(kind: RecordKind, ids: string[], options: { links?: boolean } = {}): Promise<AnyRecord[]> {
    if (ids.length === 0) return [];
    if (kind !== 'tie') {
      const [rows, byOwner] = await Promise.all([chunked(CORE[kind], ids), linksOf(kind, ids, options.links)]);
      return build(kind, rows, byOwner);
    }
    const wanted = new Set(ids);
    const ends = ids.map(parseTieId).filter((t) => t !== undefined);
    const found = await ties({ actors: ends.flatMap((t) => [t.from, t.to]) });
    return found.filter((t) => wanted.has(`${t.type}:${t.from}:${t.to}`));
  }

  async function one(kind: RecordKind, id: string): Promise<AnyRecord | undefined> {
    return (await byIds(kind, [id]))[0];
  }

  /** The kind of record each id names; with no ids given, every id in the graph. */
  async function kinds(ids?: string[]): Promise<Map<string, NodeKind>> {
    const rows = ids === undefined ? await store.read('records/all-kinds') : ids.length === 0 ? [] : await chunked('records/kinds', ids);
    return new Map(rows.map((r) => [String(r.id), r.kind as NodeKind]));
  }

  async function referrers(ids: string[]): Promise<Referrer[]> {
    if (ids.length === 0) return [];
    return (await chunked('records/referrers', ids)).map((r) => ({ id: String(r.id), kind: r.kind as Referrer['kind'], ref: String(r.ref), field: String(r.field) }));
  }

  /** The ids of sources with these URLs (the first by id where several share one). */
  async function sourcesByUrl(urls: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (urls.length === 0) return out;
    for (const r of await store.read('records/sources-by-url', { urls })) if (!out.has(String(r.url))) out.set(String(r.url), String(r.id));
    return out;
  }

  return { byIds, fromRows, one, ties, kinds, referrers, sourcesByUrl };
}
export type RecordReader = ReturnType<typeof createRecordReader>;

// The graph as nodes and relationships with typed properties, built from seed records a record at a
// time: what every export format (GraphML, GEXF, Cytoscape JSON, neo4j-admin CSV) writes out, each in its own syntax.
import { speakersOf, type Actor, type Event, type Place, type Position, type Source, type Statement, type Tie } from '../../domain/records.js';
import type { AnyRecord, NodeKind } from '../../records/kinds.js';
import type { RecordPages } from './pages.js';

export type PropType = 'string' | 'date' | 'string[]' | 'boolean' | 'int';
export interface PropSpec { name: string; type: PropType }
export type Value = string | string[] | null;
export interface PgNode { id: string; label: NodeLabel; caption: string; props: Record<string, Value> }
export interface PgEdge { id: string; type: RelType; source: string; target: string; props: Record<string, Value> }

const s = (name: string): PropSpec => ({ name, type: 'string' });
const d = (name: string): PropSpec => ({ name, type: 'date' });
const b = (name: string): PropSpec => ({ name, type: 'boolean' });
const tieProps = (detail: string) => [s(detail), d('since'), d('until'), s('source'), s('excerpt')];

/** Each label's properties, in column order. */
export const NODE_PROPS = {
  Actor: [s('name'), s('kind'), { name: 'aliases', type: 'string[]' }, s('description'), b('unnamed')],
  Statement: [s('quote'), s('summary'), d('date'), s('datePrecision'), s('channel'), s('lang'), s('modality'), b('documentVoice')],
  Source: [s('title'), s('publisher'), s('url'), d('published'), s('kind'), s('file')],
  Position: [s('label'), s('description')],
  Event: [s('name'), d('date'), d('endDate'), s('description')],
  Place: [s('name'), { name: 'aliases', type: 'string[]' }, s('description')],
} as const satisfies Record<string, PropSpec[]>;
export type NodeLabel = keyof typeof NODE_PROPS;

/** The property a tie's `detail` is stored as, per type (as the seed loader stores it). */
export const TIE_DETAIL: Record<Tie['type'], string> = { MEMBER_OF: 'role', HOLDS_OFFICE: 'title', ALLIED_WITH: 'basis', SUPPLIES_ARMS_TO: 'items' };

export const EDGE_PROPS = {
  SAID: [{ name: 'rank', type: 'int' }], RELAYED: [], ABOUT: [s('stance')], TAKES: [s('stance'), s('figure')], CITED_IN: [s('excerpt')], RESPONDS_TO: [],
  AT: [], PARTICIPATED_IN: [s('role')], REPORTED_IN: [s('excerpt')],
  MEMBER_OF: tieProps('role'), HOLDS_OFFICE: tieProps('title'), ALLIED_WITH: tieProps('basis'), SUPPLIES_ARMS_TO: tieProps('items'),
} as const satisfies Record<string, PropSpec[]>;
export type RelType = keyof typeof EDGE_PROPS;

/** Booleans and numbers are written as their text, typed by their PropSpec. */
const pick = (record: Record<string, unknown>, specs: readonly PropSpec[]) =>
  Object.fromEntries(specs.map((p) => [p.name, (typeof record[p.name] === 'boolean' ? String(record[p.name]) : record[p.name] ?? null) as Value]));

/** Each kind's node label and caption. */
const NODE_OF: Record<NodeKind, { label: NodeLabel; caption: (r: AnyRecord) => string }> = {
  actor: { label: 'Actor', caption: (r) => (r as Actor).name },
  statement: { label: 'Statement', caption: (r) => (r as Statement).summary },
  source: { label: 'Source', caption: (r) => (r as Source).title },
  position: { label: 'Position', caption: (r) => (r as Position).label },
  event: { label: 'Event', caption: (r) => (r as Event).name },
  place: { label: 'Place', caption: (r) => (r as Place).name },
};

/** The order every format lists nodes in: by label, each label's nodes by id. */
export const NODE_ORDER: readonly NodeKind[] = ['actor', 'statement', 'source', 'position', 'event', 'place'];
export const labelOf = (kind: NodeKind) => NODE_OF[kind].label;

export function nodeOf(kind: NodeKind, record: AnyRecord): PgNode {
  const { label, caption } = NODE_OF[kind];
  return { id: (record as { id: string }).id, label, caption: caption(record), props: pick(record as Record<string, unknown>, NODE_PROPS[label]) };
}

/** The records whose fields hold relationships, in the order every format lists their edges. */
export const EDGE_OWNERS = ['statement', 'event', 'tie'] as const;
export type EdgeOwner = (typeof EDGE_OWNERS)[number];
/** The kind of record each relationship type comes from. */
export const OWNER_OF: Record<RelType, EdgeOwner> = {
  SAID: 'statement', RELAYED: 'statement', ABOUT: 'statement', TAKES: 'statement', CITED_IN: 'statement', RESPONDS_TO: 'statement',
  AT: 'event', PARTICIPATED_IN: 'event', REPORTED_IN: 'event', MEMBER_OF: 'tie', HOLDS_OFFICE: 'tie', ALLIED_WITH: 'tie', SUPPLIES_ARMS_TO: 'tie',
};

/** A record's relationships. Every edge id names its record, so ids are unique within a record's edges alone. */
export function edgesOf(kind: EdgeOwner, record: AnyRecord): PgEdge[] {
  const edges: PgEdge[] = [];
  // A record may cite one source for several passages: the second and later such edges get a number, so ids stay unique.
  const seen = new Map<string, number>();
  const edge = (type: RelType, source: string, target: string, props: Record<string, Value> = {}) => {
    const key = `${type}:${source}:${target}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    edges.push({ id: n === 1 ? key : `${key}:${n}`, type, source, target, props });
  };
  if (kind === 'statement') {
    const st = record as Statement;
    speakersOf(st).forEach((speaker, rank) => edge('SAID', speaker, st.id, { rank: String(rank) }));
    if (st.relayedBy !== null) edge('RELAYED', st.relayedBy, st.id);
    st.about.forEach((a) => edge('ABOUT', st.id, a.target, { stance: a.stance }));
    st.positions.forEach((p) => edge('TAKES', st.id, p.position, { stance: p.stance, figure: p.figure }));
    st.sources.forEach((c) => edge('CITED_IN', st.id, c.source, { excerpt: c.excerpt }));
    st.respondsTo.forEach((r) => edge('RESPONDS_TO', st.id, r));
  } else if (kind === 'event') {
    const e = record as Event;
    e.places.forEach((p) => edge('AT', e.id, p));
    e.participants.forEach((p) => edge('PARTICIPATED_IN', p.actor, e.id, { role: p.role }));
    e.sources.forEach((c) => edge('REPORTED_IN', e.id, c.source, { excerpt: c.excerpt }));
  } else {
    const t = record as Tie;
    edge(t.type, t.from, t.to, { [TIE_DETAIL[t.type]]: t.detail, since: t.since, until: t.until, source: t.source, excerpt: t.excerpt });
  }
  return edges;
}

/** The graph as the formats write it, read a page at a time: nodes, then edges, of the labels and types asked for. */
export interface StreamedGraph {
  nodes(kinds?: readonly NodeKind[]): AsyncGenerator<PgNode[]>;
  edges(types?: readonly RelType[]): AsyncGenerator<PgEdge[]>;
}

export function streamedGraph(source: RecordPages): StreamedGraph {
  return {
    async *nodes(kinds = NODE_ORDER) {
      // A node carries a statement's own fields only: its links are read with the edges.
      for (const kind of kinds) for await (const page of source.pages(kind, { links: false })) yield page.map((r) => nodeOf(kind, r));
    },
    async *edges(types) {
      const wanted = new Set<RelType>(types ?? (Object.keys(EDGE_PROPS) as RelType[]));
      for (const owner of EDGE_OWNERS.filter((o) => [...wanted].some((t) => OWNER_OF[t] === o))) {
        for await (const page of source.pages(owner)) yield page.flatMap((r) => edgesOf(owner, r)).filter((e) => wanted.has(e.type));
      }
    },
  };
}

/** Every property name in use, with its type, for formats that declare keys once (GraphML, GEXF). */
export function propertyKeys(specs: readonly (readonly PropSpec[])[]): PropSpec[] {
  const seen = new Map<string, PropSpec>();
  for (const list of specs) for (const p of list) if (!seen.has(p.name)) seen.set(p.name, p);
  return [...seen.values()];
}

/** A value as one string, for formats without lists; an empty list is no value. */
export const flat = (v: Value): string | null => (Array.isArray(v) ? (v.length > 0 ? v.join('; ') : null) : v);

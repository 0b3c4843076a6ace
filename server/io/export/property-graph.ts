// The graph as nodes and relationships with typed properties, built from seed records: what every
// export format (GraphML, GEXF, Cytoscape JSON, neo4j-admin CSV) writes out, each in its own syntax.
import type { Dataset } from '../../domain/dataset.js';
import { speakersOf, type Tie } from '../../domain/records.js';

export type PropType = 'string' | 'date' | 'string[]' | 'boolean' | 'int';
export interface PropSpec { name: string; type: PropType }
export type Value = string | string[] | null;
export interface PgNode { id: string; label: NodeLabel; caption: string; props: Record<string, Value> }
export interface PgEdge { id: string; type: RelType; source: string; target: string; props: Record<string, Value> }
export interface PropertyGraph { nodes: PgNode[]; edges: PgEdge[] }

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

export function propertyGraph(data: Dataset): PropertyGraph {
  const nodes: PgNode[] = [];
  const node = (label: NodeLabel, r: { id: string } & Record<string, unknown>, caption: string) => nodes.push({ id: r.id, label, caption, props: pick(r, NODE_PROPS[label]) });
  data.actors.forEach((a) => node('Actor', a, a.name));
  data.statements.forEach((st) => node('Statement', st, st.summary));
  data.sources.forEach((x) => node('Source', x, x.title));
  data.positions.forEach((p) => node('Position', p, p.label));
  data.events.forEach((e) => node('Event', e, e.name));
  data.places.forEach((p) => node('Place', p, p.name));

  const edges: PgEdge[] = [];
  // A record may cite one source for several passages: the second and later such edges get a number, so ids stay unique.
  const seen = new Map<string, number>();
  const edge = (type: RelType, source: string, target: string, props: Record<string, Value> = {}) => {
    const key = `${type}:${source}:${target}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    edges.push({ id: n === 1 ? key : `${key}:${n}`, type, source, target, props });
  };
  for (const st of data.statements) {
    speakersOf(st).forEach((speaker, rank) => edge('SAID', speaker, st.id, { rank: String(rank) }));
    if (st.relayedBy !== null) edge('RELAYED', st.relayedBy, st.id);
    st.about.forEach((a) => edge('ABOUT', st.id, a.target, { stance: a.stance }));
    st.positions.forEach((p) => edge('TAKES', st.id, p.position, { stance: p.stance, figure: p.figure }));
    st.sources.forEach((c) => edge('CITED_IN', st.id, c.source, { excerpt: c.excerpt }));
    st.respondsTo.forEach((r) => edge('RESPONDS_TO', st.id, r));
  }
  for (const e of data.events) {
    e.places.forEach((p) => edge('AT', e.id, p));
    e.participants.forEach((p) => edge('PARTICIPATED_IN', p.actor, e.id, { role: p.role }));
    e.sources.forEach((c) => edge('REPORTED_IN', e.id, c.source, { excerpt: c.excerpt }));
  }
  for (const t of data.ties) {
    edge(t.type, t.from, t.to, { [TIE_DETAIL[t.type]]: t.detail, since: t.since, until: t.until, source: t.source, excerpt: t.excerpt });
  }
  return { nodes, edges };
}

/** Every property name in use, with its type, for formats that declare keys once (GraphML, GEXF). */
export function propertyKeys(specs: readonly (readonly PropSpec[])[]): PropSpec[] {
  const seen = new Map<string, PropSpec>();
  for (const list of specs) for (const p of list) if (!seen.has(p.name)) seen.set(p.name, p);
  return [...seen.values()];
}

/** A value as one string, for formats without lists; an empty list is no value. */
export const flat = (v: Value): string | null => (Array.isArray(v) ? (v.length > 0 ? v.join('; ') : null) : v);

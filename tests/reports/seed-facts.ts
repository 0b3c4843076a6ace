// What the seed files say, worked out in plain TypeScript from the dataset: the answers the saved
// reports must give. Independent of Cypher, so a wrong query shows as a difference.
import { speakersOf } from '../../server/domain/records.js';
import { STANCE_POLARITY, type Stance } from '../../server/domain/stances.js';
import type { Dataset } from '../../server/domain/dataset.js';

export const polarity = (stance: string) => STANCE_POLARITY[stance as Stance];
export const isHostile = (stance: string) => polarity(stance) === 'hostile';

export interface Mention { statement: string; speaker: string; target: string; stance: string; date: string | null; datePrecision: string; targetKind: 'actor' | 'event' | 'place' }

export function facts(d: Dataset) {
  const actor = new Map(d.actors.map((a) => [a.id, a]));
  const kindOf = (id: string) => (actor.has(id) ? 'actor' : d.events.some((e) => e.id === id) ? 'event' : 'place');
  // One mention per speaker of a joint statement, as the graph has one SAID edge per speaker.
  const mentions: Mention[] = d.statements.flatMap((s) => speakersOf(s).flatMap((speaker) => s.about.map((a) => ({
    statement: s.id, speaker, target: a.target, stance: a.stance, date: s.date, datePrecision: s.datePrecision, targetKind: kindOf(a.target) as Mention['targetKind'],
  }))));
  const actorMentions = mentions.filter((m) => m.targetKind === 'actor');
  const statement = new Map(d.statements.map((s) => [s.id, s]));
  const source = new Map(d.sources.map((s) => [s.id, s]));
  const names = new Map<string, string>([...d.actors, ...d.events, ...d.places].map((n) => [n.id, n.name]));

  /** A statement's date within [from, to]; an undated one counts only when `undated`. */
  const inRange = (date: string | null, from = '0001-01-01', to = '9999-12-31', undated = true) =>
    date === null ? undated : date >= from && date <= to;

  /** Actors that reach `to` through MEMBER_OF / HOLDS_OFFICE ties pointing at it, with their least number of steps. */
  function reachingInto(to: string, depth: number): Map<string, number> {
    const distance = new Map([[to, 0]]);
    let frontier = [to];
    for (let step = 1; step <= depth; step++) {
      const next = d.ties.filter((t) => (t.type === 'MEMBER_OF' || t.type === 'HOLDS_OFFICE') && frontier.includes(t.to) && !distance.has(t.from)).map((t) => t.from);
      for (const n of next) distance.set(n, step);
      frontier = [...new Set(next)];
    }
    return distance;
  }

  /** Breadth-first distances over an undirected edge list. */
  function distances(edges: [string, string][], from: string): Map<string, number> {
    const adjacent = new Map<string, string[]>();
    for (const [a, b] of edges) {
      adjacent.set(a, [...(adjacent.get(a) ?? []), b]);
      adjacent.set(b, [...(adjacent.get(b) ?? []), a]);
    }
    const dist = new Map([[from, 0]]);
    let frontier = [from];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const u of frontier) for (const v of adjacent.get(u) ?? []) if (!dist.has(v)) { dist.set(v, dist.get(u)! + 1); next.push(v); }
      frontier = next;
    }
    return dist;
  }

  /** Every relationship of the graph as [type, from, to] (ties, SAID, ABOUT, PARTICIPATED_IN). */
  const relationships: [string, string, string][] = [
    ...d.ties.map((t): [string, string, string] => [t.type, t.from, t.to]),
    ...d.statements.flatMap((s) => speakersOf(s).map((speaker): [string, string, string] => ['SAID', speaker, s.id])),
    ...d.statements.flatMap((s) => s.about.map((a): [string, string, string] => ['ABOUT', s.id, a.target])),
    ...d.events.flatMap((e) => e.participants.map((p): [string, string, string] => ['PARTICIPATED_IN', p.actor, e.id])),
  ];

  return { actor, statement, source, names, mentions, actorMentions, inRange, reachingInto, distances, relationships };
}
export type Facts = ReturnType<typeof facts>;

/** Counts items by key. */
export function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
}

/** Groups items by key. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i]);
  return out;
}

export const unique = <T>(items: T[]) => [...new Set(items)];

/** Orders as the engines do: by code unit, not by locale. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

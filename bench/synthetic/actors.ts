// The synthetic world's cast and its ties: a few blocs with member states, people holding offices,
// alliances inside blocs and arms supplied across them. Dates span several years.
import { ACTOR_KINDS, SOURCE_KINDS } from '../../server/domain/vocabulary.js';
import { type Actor, type Event, type Place, type Position, type Source, type Tie } from '../../server/domain/records.js';
import { day, int, pick, weighted, type Random } from './random.js';
import { name, word } from './words.js';

export const YEARS = { from: '2019-01-01', to: '2024-12-31' } as const;
const KIND_MIX: Record<(typeof ACTOR_KINDS)[number], number> = { person: 50, state: 10, organization: 10, armed_force: 8, alliance: 0, group: 10, media: 12 };
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Spokesperson', 'Ambassador', 'Chair'];

export interface Cast { actors: Actor[]; byKind: Map<string, Actor[]> }

export function cast(r: Random, count: number): Cast {
  const blocs = Math.max(3, Math.min(8, Math.round(count / 500)));
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i < blocs ? 'alliance' : weighted(r, KIND_MIX);
    const n = kind === 'person' ? name(r, 2) : `${word(r)} ${kind === 'alliance' ? 'Pact' : kind === 'media' ? 'News' : kind === 'armed_force' ? 'Forces' : ''}`.trim();
    actors.push({ id: `actor-${i}`, name: n, kind, aliases: r() < 0.2 ? [word(r)] : [], description: r() < 0.3 ? `A synthetic ${kind.replace('_', ' ')}.` : null, unnamed: false });
  }
  const byKind = new Map<string, Actor[]>();
  for (const a of actors) byKind.set(a.kind, [...(byKind.get(a.kind) ?? []), a]);
  return { actors, byKind };
}

const cite = (r: Random, sources: Source[]) => ({ source: pick(r, sources).id, excerpt: `According to the record, ${word(r).toLowerCase()} ${word(r).toLowerCase()}.` });

/** Memberships, offices, alliances and arms supply, each tie listed once. */
export function ties(r: Random, { byKind }: Cast, sources: Source[]): Tie[] {
  const out = new Map<string, Tie>();
  const add = (type: Tie['type'], from: Actor, to: Actor, detail: string | null, since: string | null, until: string | null) => {
    const key = `${type}|${from.id}|${to.id}`;
    if (from.id === to.id || out.has(key)) return;
    const { source, excerpt } = cite(r, sources);
    // The two dates are drawn apart; a tie ends after it starts, so they are put in order.
    const [start, end] = since !== null && until !== null && until < since ? [until, since] : [since, until];
    out.set(key, { type, from: from.id, to: to.id, detail, since: start, until: end, source, excerpt });
  };
  const of = (k: string) => byKind.get(k) ?? [];
  const blocs = of('alliance'), states = of('state'), people = of('person');
  const bodies = [...states, ...of('organization'), ...of('group')];
  const since = () => day(r, '2000-01-01', YEARS.to);
  const until = () => (r() < 0.25 ? day(r, YEARS.from, YEARS.to) : null);
  for (const s of states) {
    const home = pick(r, blocs);
    add('MEMBER_OF', s, home, 'member state', since(), until());
    for (let i = int(r, 0, 3); i > 0; i--) {
      const ally = pick(r, states);
      add('ALLIED_WITH', s, ally, 'treaty', since(), until());
    }
    if (r() < 0.3) add('SUPPLIES_ARMS_TO', s, pick(r, [...states, ...of('armed_force')]), 'drones', since(), until());
  }
  for (const org of of('organization')) if (r() < 0.5) add('MEMBER_OF', org, pick(r, blocs), 'partner', since(), until());
  for (const p of people) {
    if (r() < 0.4) add('HOLDS_OFFICE', p, pick(r, bodies), pick(r, TITLES), since(), until());
    if (r() < 0.2) add('MEMBER_OF', p, pick(r, bodies), 'member', since(), until());
  }
  for (const f of of('armed_force')) add('MEMBER_OF', f, pick(r, states), 'armed force', since(), null);
  return [...out.values()];
}

export function sources(r: Random, count: number): Source[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `source-${i}`, title: `${name(r, 3)} report`, publisher: r() < 0.8 ? `${word(r)} Press` : null,
    url: r() < 0.7 ? `https://example.org/synthetic/${i}` : null, published: r() < 0.9 ? day(r, YEARS.from, YEARS.to) : null,
    kind: pick(r, SOURCE_KINDS), file: `synthetic-${i}.txt`,
  }));
}

export const places = (r: Random, count: number): Place[] =>
  Array.from({ length: count }, (_, i) => ({ id: `place-${i}`, name: word(r), aliases: [], description: null }));

export const positions = (r: Random, count: number): Position[] =>
  Array.from({ length: count }, (_, i) => ({ id: `position-${i}`, label: `${word(r)} should ${pick(r, ['withdraw', 'negotiate', 'be recognised', 'disarm'])}`, description: null }));

export function events(r: Random, count: number, c: Cast, where: Place[], from: Source[]): Event[] {
  return Array.from({ length: count }, (_, i) => {
    const date = day(r, YEARS.from, YEARS.to);
    const participants = new Map<string, string>();
    for (let k = int(r, 2, 4); k > 0; k--) participants.set(pick(r, c.actors).id, pick(r, ['attacker', 'defender', 'mediator', 'observer']));
    return {
      id: `event-${i}`, name: `${word(r)} ${pick(r, ['offensive', 'summit', 'ceasefire', 'talks'])}`, date, endDate: r() < 0.5 ? date : null,
      description: null, places: [pick(r, where).id], participants: [...participants].map(([actor, role]) => ({ actor, role })), sources: [cite(r, from)],
    };
  });
}

// Ties (offices, memberships, alliances, arms) as readable lines.
import type { Tie, TieType } from '../api/types.js';
import { TIE_LOOK } from '../graph/palette.js';
import { formatDate, h } from '../ui/dom.js';
import { actorButton, type ActorLink } from './statement-card.js';

export function period(since: string | null | undefined, until: string | null | undefined): string {
  if (since && until) return `${formatDate(since)} – ${formatDate(until)}`;
  if (since) return `since ${formatDate(since)}`;
  if (until) return `until ${formatDate(until)}`;
  return '';
}

export function tieLine(t: Tie, onActor: ActorLink): HTMLElement {
  const when = period(t.since, t.until);
  return h('li', { class: 'tie' },
    actorButton(t.from, onActor), ` ${TIE_LOOK[t.type as TieType]?.verb ?? t.type} `, actorButton(t.to, onActor),
    t.detail && h('span', { class: 'tie-detail' }, ` — ${t.detail}`),
    when && h('span', { class: 'small' }, ` (${when})`),
    t.excerpt && h('details', { class: 'source' }, h('summary', {}, 'Source'), h('p', { class: 'excerpt' }, t.excerpt)));
}

/** Groups an actor's ties under readable headings, leaving out empty ones. */
export function tieSections(selfId: string, ties: Tie[], officeHolders: Tie[], onActor: ActorLink): HTMLElement[] {
  const groups: [string, Tie[]][] = [
    ['Offices', ties.filter((t) => t.type === 'HOLDS_OFFICE' && t.from.id === selfId)],
    ['Office holders', [...officeHolders, ...ties.filter((t) => t.type === 'HOLDS_OFFICE' && t.to.id === selfId && !officeHolders.includes(t))]],
    ['Member of', ties.filter((t) => t.type === 'MEMBER_OF' && t.from.id === selfId)],
    ['Members', ties.filter((t) => t.type === 'MEMBER_OF' && t.to.id === selfId)],
    ['Allies', ties.filter((t) => t.type === 'ALLIED_WITH')],
    ['Arms', ties.filter((t) => t.type === 'SUPPLIES_ARMS_TO')],
  ];
  return groups.filter(([, list]) => list.length).map(([title, list]) =>
    h('section', { class: 'ties' }, h('h3', {}, title), h('ul', {}, dedupe(list).map((t) => tieLine(t, onActor)))));
}

const dedupe = (ties: Tie[]) => [...new Map(ties.map((t) => [`${t.type}|${t.from.id}|${t.to.id}|${t.detail}|${t.since}`, t])).values()];

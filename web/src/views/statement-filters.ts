// An actor's statements (by them, or about them) with their own narrowing: stance, the other actor and dates,
// on top of the page's filters. Newest first is the API's order; the list pages with "show more".
import type { ActorDetail, Stance } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { STANCES } from '../graph/palette.js';
import { findStatements } from '../state/query.js';
import { dateInput } from '../ui/date-input.js';
import { h } from '../ui/dom.js';
import { cardActions } from './card-actions.js';
import { statementList } from './statement-card.js';

export function filteredStatements(ctx: Ctx, a: ActorDetail, role: 'speaker' | 'about'): HTMLElement {
  const local = { stance: '', other: '', from: '', to: '' };
  // The other side of each statement edge on the canvas: whom they spoke about, or who spoke about them.
  const others = ctx.graph.edgesOf(a.id).filter((e) => e.type === 'SPOKE_ABOUT' && (role === 'speaker' ? e.source === a.id : e.target === a.id))
    .map((e) => (role === 'speaker' ? e.target : e.source))
    .map((id) => ({ id, name: ctx.graph.label(id) ?? id }))
    .sort((x, y) => x.name.localeCompare(y.name));
  const slot = h('div', { class: 'statement-slot' });
  const reload = () => {
    const s = ctx.store.get();
    const f = s.filters;
    const narrowed = { ...s, filters: { ...f, stances: local.stance ? [local.stance as Stance] : f.stances, from: local.from || f.from, to: local.to || f.to } };
    const query = role === 'speaker' ? { speaker: [a.id], ...(local.other ? { about: [local.other] } : {}) } : { about: [a.id], ...(local.other ? { speaker: [local.other] } : {}) };
    slot.replaceChildren(statementList((offset) => findStatements(narrowed, query, offset, 10), cardActions(ctx),
      `No statements ${role === 'speaker' ? `by ${a.name}` : `about ${a.name}`} match these filters.`));
  };
  const set = (key: keyof typeof local) => (e: Event | string) => { local[key] = typeof e === 'string' ? e : (e.target as HTMLSelectElement).value; reload(); };
  const id = `${role}-${a.id}`;
  const row = h('div', { class: 'statement-filters', role: 'group', 'aria-label': 'Narrow these statements' },
    h('select', { name: 'stance', 'aria-label': 'Stance', onchange: set('stance') }, h('option', { value: '' }, 'Any stance'), STANCES.map((st) => h('option', { value: st }, st))),
    others.length > 0 && h('select', { name: 'other', 'aria-label': role === 'speaker' ? 'About whom' : 'By whom', onchange: set('other') },
      h('option', { value: '' }, role === 'speaker' ? 'About anyone' : 'By anyone'), others.map((o) => h('option', { value: o.id }, o.name))),
    dateInput(`${id}-from`, 'From', '', set('from')),
    dateInput(`${id}-to`, 'To', '', set('to')));
  reload();
  return h('div', {}, row, slot);
}

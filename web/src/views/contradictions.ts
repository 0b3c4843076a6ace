// Contested positions: who supports and who rejects each, with their statements side by side.
import { api, itemsOf } from '../api/client.js';
import type { PositionDetail, PositionSummary } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { h } from '../ui/dom.js';
import { empty, into } from '../ui/status.js';
import { statementCard } from './statement-card.js';
import { cardActions } from './card-actions.js';

const contested = (p: PositionSummary) => p.supporters > 0 && p.rejecters > 0;

function side(ctx: Ctx, title: string, groups: PositionDetail['supports']): HTMLElement {
  return h('section', { class: 'pair-col' }, h('h3', {}, title),
    groups.length ? h('div', { class: 'cards' }, groups.flatMap((g) => g.statements.map((s) => statementCard(s, cardActions(ctx))))) : empty('No one on record.'));
}

function positionList(ctx: Ctx, positions: PositionSummary[], current: string): HTMLElement {
  const sorted = [...positions].sort((a, b) => Number(contested(b)) - Number(contested(a)) || (b.supporters + b.rejecters) - (a.supporters + a.rejecters));
  if (!sorted.length) return empty('No positions recorded yet.');
  return h('ul', { class: 'position-list' }, sorted.map((p) => h('li', {},
    h('button', { type: 'button', class: 'position', 'aria-current': p.id === current ? 'true' : null, onclick: () => ctx.store.set({ position: p.id }) },
      h('span', {}, p.label), h('span', { class: `count${contested(p) ? ' contested' : ''}` }, `${p.supporters} for · ${p.rejecters} against`)))));
}

export function contradictionsView(ctx: Ctx): HTMLElement {
  const s = ctx.store.get();
  const list = h('nav', { class: 'positions-nav', 'aria-label': 'Positions' });
  const detail = h('div', { class: 'position-detail' });
  void into(list, () => api.positions(), (ps) => {
    const positions = itemsOf(ps);
    const id = s.position || positions.find(contested)?.id || positions[0]?.id || '';
    if (id) void into(detail, () => api.position(id), (p) => h('div', {},
      h('h2', {}, p.label), p.description && h('p', {}, p.description),
      h('div', { class: 'pair-cols' }, side(ctx, `Supports (${p.supports.length})`, p.supports), side(ctx, `Rejects (${p.rejects.length})`, p.rejects))), 'Loading position…');
    return positionList(ctx, positions, id);
  }, 'Loading positions…');
  return h('div', { class: 'page contradictions' }, h('h2', { class: 'visually-hidden' }, 'Contradictions'), list, detail);
}

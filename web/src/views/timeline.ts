// The timeline: a brushable chart of the current selection's statements and events (a strip under the
// network, or the full view with every day listed).
import { api } from '../api/client.js';
import { memo } from '../api/memo.js';
import type { Statement, Timeline } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { formatDate, h, plural } from '../ui/dom.js';
import { empty, into } from '../ui/status.js';
import { statementCard } from './statement-card.js';
import { timelineChart, type Range } from './timeline-chart.js';

/** Timelines per actor, kept: moving the brush redraws without refetching. */
const timelineOf = (actor: string) => memo(`timeline:${actor}`, () => api.timeline({ actor: actor || undefined }));

const inRange = (date: string, r: Range) => (!r.from || date >= r.from) && (!r.to || date <= r.to);

export function timelineSection(ctx: Ctx, full: boolean): HTMLElement {
  const s = ctx.store.get();
  const range = { from: s.filters.from, to: s.filters.to };
  const who = s.actor ? ((ctx.network.cy.getElementById(s.actor).data('label') as string | undefined) ?? s.actor) : 'all actors';
  const setRange = (r: Range) => ctx.store.set({ filters: { ...ctx.store.get().filters, ...r } });
  const body = h('div', { class: 'timeline-body' });
  void into(body, () => timelineOf(s.actor), (t) => [
    timelineChart(t, range, setRange, full ? 140 : 78),
    ...(full ? [dayList(ctx, t, range)] : []),
  ], 'Loading timeline…');
  return h('section', { class: full ? 'timeline timeline-full' : 'timeline', 'aria-label': 'Timeline' },
    h('header', { class: 'timeline-head' },
      h(full ? 'h2' : 'h3', {}, `Timeline · ${who}`),
      h('span', { class: 'small' }, range.from || range.to ? `Range: ${formatDate(range.from || null)} – ${formatDate(range.to || null)}` : 'Drag across the chart to filter by date'),
      (range.from || range.to) && h('button', { type: 'button', class: 'btn btn-small', onclick: () => setRange({ from: '', to: '' }) }, 'Clear range')),
    body);
}

function dayList(ctx: Ctx, t: Timeline, range: Range): HTMLElement {
  const stances = new Set<string>(ctx.store.get().filters.stances);
  const shown = (st: Statement) => !stances.size || st.about.some((a) => stances.has(a.stance));
  const days = t.days.map((d) => ({ ...d, statements: d.statements.filter(shown) }))
    .filter((d) => inRange(d.date, range) && (d.statements.length || d.events.length));
  if (!days.length) return empty('Nothing happened in this range.');
  return h('div', { class: 'days' },
    t.undated > 0 && h('p', { class: 'small' }, `${plural(t.undated, 'statement')} without a known date are not shown.`),
    days.map((d) => h('section', { class: 'day' },
      h('h3', {}, formatDate(d.date)),
      d.events.length > 0 && h('ul', { class: 'events' }, d.events.map((e) => h('li', {}, h('strong', {}, e.name), e.description && ` — ${e.description}`))),
      h('div', { class: 'cards' }, d.statements.map((st) => statementCard(st, ctx.actions.selectActor))))));
}

// The timeline: a brushable chart of the current selection's statements and events (a strip under the
// network, or the full view with every day listed).
import { api } from '../api/client.js';
import { memo } from '../api/memo.js';
import type { Statement, Timeline } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { findStatements } from '../state/query.js';
import { formatDate, h, plural } from '../ui/dom.js';
import { empty, into } from '../ui/status.js';
import { statementCard } from './statement-card.js';
import { cardActions } from './card-actions.js';
import { timelineChart, type Range } from './timeline-chart.js';

/** Timelines per actor, kept: moving the brush redraws without refetching. */
const timelineOf = (actor: string) => memo(`timeline:${actor}`, () => api.timeline({ actor: actor || undefined }));

const inRange = (date: string, r: Range) => (!r.from || date >= r.from) && (!r.to || date <= r.to);

export function timelineSection(ctx: Ctx, full: boolean): HTMLElement {
  const s = ctx.store.get();
  const range = { from: s.filters.from, to: s.filters.to };
  const who = s.actor ? (ctx.graph.label(s.actor) ?? s.actor) : 'all actors';
  const setRange = (r: Range) => ctx.store.set({ filters: { ...ctx.store.get().filters, ...r } });
  const body = h('div', { class: 'timeline-body' });
  // The stance filter applies to the chart as to every panel (the date range is the brush itself).
  void into(body, () => timelineOf(s.actor), (t) => [
    timelineChart(withStances(t, s.filters.stances), range, setRange, full ? 140 : 78),
    ...(full ? [dayList(ctx, t, range), ...(t.undated ? [undatedList(ctx, t)] : [])] : []),
  ], 'Loading timeline…');
  return h('section', { class: full ? 'timeline timeline-full' : 'timeline', 'aria-label': 'Timeline' },
    h('header', { class: 'timeline-head' },
      h(full ? 'h2' : 'h3', {}, `Timeline · ${who}`),
      h('span', { class: 'small' }, range.from || range.to ? `Range: ${range.from ? formatDate(range.from) : 'the start'} – ${range.to ? formatDate(range.to) : 'now'}` : 'Drag across the chart to filter by date'),
      (range.from || range.to) && h('button', { type: 'button', class: 'btn btn-small', onclick: () => setRange({ from: '', to: '' }) }, 'Clear range')),
    body);
}

/** The timeline with only the statements whose stances pass the filter. */
function withStances(t: Timeline, stances: readonly string[]): Timeline {
  if (!stances.length) return t;
  const wanted = new Set(stances);
  return { ...t, days: t.days.map((d) => ({ ...d, statements: d.statements.filter((st) => st.about.some((a) => wanted.has(a.stance))) })) };
}

/** A day's heading at the precision its statements were dated with: "Oct 2020" when all say only the month. */
function dayHeading(date: string, statements: Statement[]): string {
  const precisions = new Set(statements.map((st) => st.datePrecision));
  return formatDate(date, precisions.size === 1 ? [...precisions][0] : 'day');
}

function dayList(ctx: Ctx, t: Timeline, range: Range): HTMLElement {
  const days = withStances(t, ctx.store.get().filters.stances).days.filter((d) => inRange(d.date, range) && (d.statements.length || d.events.length));
  if (!days.length) return empty('Nothing happened in this range.');
  return h('div', { class: 'days' },
    days.map((d) => h('section', { class: 'day' },
      h('h3', {}, dayHeading(d.date, d.statements)),
      d.events.length > 0 && h('ul', { class: 'events' }, d.events.map((e) => h('li', {}, h('strong', {}, e.name), e.description && ` — ${e.description}`))),
      h('div', { class: 'cards' }, d.statements.map((st) => statementCard(st, cardActions(ctx)))))));
}

/** Statements with no known date, in a list of their own (loaded when asked for: finding them reads every page). */
function undatedList(ctx: Ctx, t: Timeline): HTMLElement {
  const slot = h('div', { class: 'cards' });
  const button = h('button', { type: 'button', class: 'btn', 'aria-controls': 'undated-cards' }, `Show the ${plural(t.undated, 'statement')} without a known date`);
  button.addEventListener('click', () => {
    button.remove();
    const s = ctx.store.get();
    const who = s.actor ? [{ speaker: [s.actor] }, { about: [s.actor] }] : [{}];
    void into(slot, async () => {
      const found = new Map<string, Statement>();
      for (const query of who) {
        for (let offset = 0; ; offset += 200) {
          const page = await findStatements({ ...s, filters: { ...s.filters, from: '', to: '' } }, query, offset, 200);
          page.items.filter((st) => !st.date).forEach((st) => found.set(st.id, st));
          if (offset + 200 >= page.total || !page.items.length) break;
        }
      }
      return [...found.values()];
    }, (list) => (list.length ? list.map((st) => statementCard(st, cardActions(ctx))) : [empty('No undated statement matches the filters.')]), 'Finding undated statements…');
  });
  return h('section', { class: 'undated-list', id: 'undated-cards', 'aria-label': 'Undated statements' },
    h('h3', {}, `Undated (${t.undated})`), h('p', { class: 'small' }, 'The sources give no date for these statements, so the chart cannot place them.'), button, slot);
}

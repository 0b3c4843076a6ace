// Pair view: everything between two actors over time — statements each way as a stance strip, ties, and the shortest connections.
import { api } from '../api/client.js';
import type { PairView, Statement } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { POLARITY_COLOR, polarityOf } from '../graph/palette.js';
import { formatDate, formatDateSpan, h, svg } from '../ui/dom.js';
import { actorPicker } from '../ui/actor-picker.js';
import { empty, into } from '../ui/status.js';
import { findPath, pathHops } from './path.js';
import { statementCard } from './statement-card.js';
import { cardActions } from './card-actions.js';
import { tieLine } from './ties.js';

const stanceToward = (s: Statement, id: string) => s.about.find((a) => a.id === id)?.stance ?? s.about[0]?.stance ?? 'states';

function stanceStrip(p: PairView): SVGSVGElement | HTMLElement {
  const rows: [string, Statement[], string][] = [[`${p.a.name} → ${p.b.name}`, p.aAboutB, p.b.id], [`${p.b.name} → ${p.a.name}`, p.bAboutA, p.a.id]];
  const dates = [...p.aAboutB, ...p.bAboutA].map((s) => s.date).filter((d): d is string => !!d).sort();
  if (!dates.length) return empty('No dated statements between them.');
  const t0 = Date.parse(dates[0]) - 86_400_000 * 3;
  const t1 = Date.parse(dates[dates.length - 1]) + 86_400_000 * 3;
  const width = 720;
  const x = (d: string) => 170 + ((Date.parse(d) - t0) / (t1 - t0)) * (width - 180);
  const span = formatDateSpan([...p.aAboutB, ...p.bAboutA]) ?? '';
  const root = svg('svg', { viewBox: `0 0 ${width} 84`, class: 'strip', role: 'img', 'aria-label': `Stance strip: ${span}` });
  rows.forEach(([label, list, target], i) => {
    const y = 10 + i * 34;
    const text = svg('text', { x: 0, y: y + 15, 'font-size': 12, fill: '#1f2328' });
    text.textContent = label.length > 26 ? `${label.slice(0, 25)}…` : label;
    root.append(text, svg('line', { x1: 170, x2: width - 10, y1: y + 11, y2: y + 11, stroke: '#d1d5db' }));
    list.filter((s) => s.date).forEach((s) => {
      const stance = stanceToward(s, target);
      const mark = svg('rect', { x: x(s.date!) - 3, y, width: 6, height: 22, rx: 2, fill: POLARITY_COLOR[polarityOf(stance)] });
      mark.append(svg('title'));
      mark.lastElementChild!.textContent = `${formatDate(s.date, s.datePrecision)}: ${stance}`;
      root.append(mark);
    });
  });
  const axis = svg('text', { x: 170, y: 82, 'font-size': 11, fill: '#4b5563' });
  axis.textContent = span;
  root.append(axis);
  return root;
}

function column(title: string, list: Statement[], ctx: Ctx): HTMLElement {
  return h('section', { class: 'pair-col' }, h('h3', {}, `${title} (${list.length})`),
    list.length ? h('div', { class: 'cards' }, list.map((s) => statementCard(s, cardActions(ctx)))) : empty('Nothing on record.'));
}

function render(ctx: Ctx, p: PairView): Node[] {
  const body = h('div', {});
  void into(body, () => findPath(p.a.id, p.b.id, 4, ctx.store.get().asOf), (path) => (path ? pathHops(ctx, path) : empty('No connection within 4 hops.')), 'Finding connections…');
  return [
    h('h2', {}, `${p.a.name} ⇄ ${p.b.name}`),
    stanceStrip(p),
    h('section', {}, h('h3', {}, 'Ties'), p.ties.length ? h('ul', { class: 'ties' }, p.ties.map((t) => tieLine(t, ctx.actions.selectActor))) : empty('No direct ties.')),
    h('section', {}, h('h3', {}, 'Shortest connections'), body),
    h('div', { class: 'pair-cols' }, column(`${p.a.name} about ${p.b.name}`, p.aAboutB, ctx), column(`${p.b.name} about ${p.a.name}`, p.bAboutA, ctx)),
  ];
}

export function pairView(ctx: Ctx): HTMLElement {
  const s = ctx.store.get();
  const label = (id: string) => ctx.graph.label(id) ?? id;
  const a = actorPicker('First actor', 'e.g. Armenia', (x) => ctx.store.set({ pairA: x.id }));
  const b = actorPicker('Second actor', 'e.g. Azerbaijan', (x) => ctx.store.set({ pairB: x.id }));
  a.set(s.pairA ? label(s.pairA) : '');
  b.set(s.pairB ? label(s.pairB) : '');
  const result = h('div', { class: 'pair-result' });
  if (s.pairA && s.pairB) void into(result, () => api.pair(s.pairA, s.pairB), (p) => { a.set(p.a.name); b.set(p.b.name); return render(ctx, p); }, 'Loading pair…');
  else result.append(empty('Pick two actors to see everything between them.'));
  return h('div', { class: 'page pair' },
    h('div', { class: 'form-row' }, a.element, b.element,
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.store.set({ pairA: s.pairB, pairB: s.pairA }) }, 'Swap')),
    result);
}

// Statements and events per day as stacked bars, with a brush: drag to pick a date range, click to clear it.
import type { Polarity, Timeline } from '../api/types.js';
import { POLARITIES, POLARITY_COLOR, polarityOf } from '../graph/palette.js';
import { formatDate, h, svg } from '../ui/dom.js';

const DAY = 86_400_000;
const toDay = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY);
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

export interface Range { from: string; to: string }

interface Bin { start: number; counts: Record<Polarity, number>; events: string[] }

function binsOf(t: Timeline, first: number, size: number, count: number): Bin[] {
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({ start: first + i * size, counts: { hostile: 0, critical: 0, neutral: 0, supportive: 0 }, events: [] }));
  for (const day of t.days) {
    const bin = bins[Math.floor((toDay(day.date) - first) / size)];
    if (!bin) continue;
    day.statements.forEach((s) => { bin.counts[polarityOf(s.about[0]?.stance ?? 'states')] += 1; });
    day.events.forEach((e) => bin.events.push(e.name));
  }
  return bins;
}

export function timelineChart(t: Timeline, range: Range, onRange: (r: Range) => void, height = 96): HTMLElement {
  const wrap = h('div', { class: 'timeline-chart' });
  const domain = domainOf(t);
  if (!domain) return h('p', { class: 'state state-empty' }, 'No dated statements or events.');
  const { first, last, earlier, later } = domain;
  const draw = () => {
    const width = Math.max(240, wrap.clientWidth || 600);
    const span = last - first + 1;
    const size = Math.max(1, Math.ceil(span / Math.floor(width / 5)));
    const bins = binsOf(t, first, size, Math.ceil(span / size));
    const max = Math.max(1, ...bins.map((b) => POLARITIES.reduce((s, p) => s + b.counts[p], 0)));
    const x = (day: number) => ((day - first) / span) * width;
    const dayAt = (px: number) => Math.round(first + (Math.min(Math.max(px, 0), width) / width) * span);
    const top = 14;
    const base = height - 18;
    const root = svg('svg', { width, height, class: 'timeline-svg', role: 'img', 'aria-label': `Statements per ${size === 1 ? 'day' : `${size} days`} from ${formatDate(fromDay(first + 1))} to ${formatDate(fromDay(last - 1))}` });
    const bw = Math.max(1, x(first + size) - x(first) - 1);
    for (const b of bins) {
      let y = base;
      for (const p of POLARITIES) {
        const n = b.counts[p];
        if (!n) continue;
        const bh = (n / max) * (base - top);
        y -= bh;
        const r = svg('rect', { x: x(b.start), y, width: bw, height: bh, fill: POLARITY_COLOR[p] });
        r.append(svg('title'));
        r.lastElementChild!.textContent = `${formatDate(fromDay(b.start))}: ${n} ${p}`;
        root.append(r);
      }
      if (b.events.length) {
        const ev = svg('path', { d: `M${x(b.start) + bw / 2} 2 l4 5 l-4 5 l-4 -5 z`, fill: '#374151' });
        ev.append(svg('title'));
        ev.lastElementChild!.textContent = `${formatDate(fromDay(b.start))}: ${b.events.join('; ')}`;
        root.append(ev);
      }
    }
    root.append(svg('line', { x1: 0, x2: width, y1: base, y2: base, stroke: '#9ca3af' }));
    ticks(first, last).forEach(({ day, precision }) => {
      root.append(svg('line', { x1: x(day), x2: x(day), y1: base, y2: base + 4, stroke: '#6b7280' }));
      const label = svg('text', { x: x(day) + 2, y: height - 3, 'font-size': 10, fill: '#374151' });
      label.textContent = formatDate(fromDay(day), precision);
      root.append(label);
    });
    const sel = svg('rect', { y: 0, height: base, fill: 'rgba(37, 99, 235, 0.14)', stroke: '#2563eb', class: 'brush' });
    const showSel = (a: number, b: number) => { sel.setAttribute('x', String(Math.min(a, b))); sel.setAttribute('width', String(Math.abs(b - a))); };
    if (range.from || range.to) showSel(x(range.from ? toDay(range.from) : first), x(range.to ? toDay(range.to) + 1 : last));
    else sel.setAttribute('width', '0');
    root.append(sel);
    let start: number | null = null;
    const px = (e: PointerEvent) => e.clientX - root.getBoundingClientRect().left;
    root.addEventListener('pointerdown', (e) => { start = px(e); root.setPointerCapture(e.pointerId); showSel(start, start); });
    root.addEventListener('pointermove', (e) => { if (start !== null) showSel(start, px(e)); });
    root.addEventListener('pointerup', (e) => {
      if (start === null) return;
      const end = px(e);
      const [a, b] = [Math.min(start, end), Math.max(start, end)];
      start = null;
      onRange(b - a < 4 ? { from: '', to: '' } : { from: fromDay(dayAt(a)), to: fromDay(Math.max(dayAt(a), dayAt(b) - 1)) });
    });
    wrap.replaceChildren(root);
    if (earlier || later) wrap.append(h('p', { class: 'small timeline-outside' }, [earlier && `${earlier} earlier`, later && `${later} later`].filter(Boolean).join(' · '), ' statements outside the busiest period are not drawn.'));
  };
  new ResizeObserver(() => draw()).observe(wrap);
  requestAnimationFrame(draw);
  return wrap;
}

/**
 * The drawn period: where the middle 90% of dated statements fall (or the events, when there are no statements).
 * A few statements decades away would otherwise squash the busy weeks into one pixel.
 */
function domainOf(t: Timeline): { first: number; last: number; earlier: number; later: number } | null {
  const days = t.days.flatMap((d) => Array<number>(d.statements.length).fill(toDay(d.date))).sort((a, b) => a - b);
  const pool = days.length ? days : t.days.filter((d) => d.events.length).map((d) => toDay(d.date)).sort((a, b) => a - b);
  if (!pool.length) return null;
  const at = (q: number) => pool[Math.min(pool.length - 1, Math.floor(q * pool.length))];
  const lo = at(0.05);
  const hi = at(0.95);
  const pad = Math.max(1, Math.ceil((28 - (hi - lo)) / 2));
  return { first: lo - pad, last: hi + pad, earlier: days.filter((d) => d < lo).length, later: days.filter((d) => d > hi).length };
}

/** Axis ticks, at most ~8: weeks for short spans, months, or years for long ones. */
function ticks(first: number, last: number): { day: number; precision: string }[] {
  const span = last - first;
  const out: number[] = [];
  if (span < 70) {
    for (let d = first + ((4 - first) % 7 + 7) % 7; d < last; d += 7) out.push(d);
  } else {
    const years = span > 900;
    const start = new Date(first * DAY);
    const cursor = new Date(Date.UTC(start.getUTCFullYear() + (years ? 1 : 0), years ? 0 : start.getUTCMonth() + 1, 1));
    while (cursor.getTime() / DAY < last) {
      out.push(cursor.getTime() / DAY);
      if (years) cursor.setUTCFullYear(cursor.getUTCFullYear() + 1); else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    }
  }
  const step = Math.ceil(out.length / 8);
  const precision = span < 70 ? 'day' : span > 900 ? 'year' : 'month';
  return out.filter((_, i) => i % step === 0).map((day) => ({ day, precision }));
}

// Over the network while it draws a report's graph: which report, and the ways back.
import { reportCatalog } from '../api/reports.js';
import type { Ctx } from '../app/context.js';
import { showsReport } from '../state/query.js';
import { h } from '../ui/dom.js';

export function reportBanner(ctx: Ctx): HTMLElement[] {
  const s = ctx.store.get();
  if (!showsReport(s)) return [];
  const title = h('strong', {}, s.report.name);
  void reportCatalog().then((items) => { title.textContent = items.find((x) => x.name === s.report.name)?.title ?? s.report.name; }, () => undefined);
  return [h('div', { class: 'report-banner' },
    h('span', {}, 'Report: ', title),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => ctx.store.set({ view: 'reports' }) }, 'Back to the results'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => ctx.store.set({ report: { ...ctx.store.get().report, graph: false } }) }, 'Whole network'))];
}

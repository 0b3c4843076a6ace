// Saved reports: the catalog beside the chosen report — its description, a form built from its parameters,
// its Cypher on request, and its results. The report, its parameters and the view of the results are in the URL.
import { reportCatalog as loadCatalog } from '../api/reports.js';
import type { ReportSummary } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { h, plural } from '../ui/dom.js';
import { empty, into } from '../ui/status.js';
import { reportCatalog } from './report-catalog.js';
import { reportCypher } from './report-cypher.js';
import { reportForm } from './report-form.js';
import { reportResults } from './report-results.js';

function reportPanel(ctx: Ctx, report: ReportSummary): HTMLElement {
  const r = ctx.store.get().report;
  const form = reportForm(report, r.params,
    (params) => ctx.store.set({ report: { ...ctx.store.get().report, params, run: true, graph: false } }),
    () => ctx.store.set({ report: { ...ctx.store.get().report, params: {}, run: false } }));
  return h('article', { class: 'report' },
    h('header', { class: 'report-head' },
      h('h2', { id: 'report-title' }, report.title),
      h('p', {}, report.description)),
    form.element,
    reportCypher(ctx),
    reportResults(ctx, report, form.showErrors));
}

export function reportsView(ctx: Ctx): HTMLElement {
  const r = ctx.store.get().report;
  const list = h('div', {});
  const main = h('div', { class: 'report-main' });
  void into(list, () => loadCatalog(), (reports) => {
    const chosen = reports.find((x) => x.name === r.name);
    main.replaceChildren(chosen ? reportPanel(ctx, chosen)
      : r.name ? empty(`No report is named “${r.name}”. Choose one from the list.`)
        : h('div', { class: 'report-intro' },
          h('h2', {}, 'Saved reports'),
          h('p', {}, `${plural(reports.length, 'named, read-only analysis', 'named, read-only analyses')} of the graph. Choose one to see what it asks, run it with your parameters, sort and export the results, and share the link.`)));
    return reportCatalog(ctx, reports, r.name);
  }, 'Loading reports…');
  // On a narrow screen the list folds away once a report is chosen, so the form comes first.
  const folded = !!r.name && window.matchMedia('(max-width: 900px)').matches;
  return h('div', { class: 'page reports' },
    h('details', { class: 'report-catalog', open: !folded }, h('summary', {}, 'All reports'), list),
    main);
}

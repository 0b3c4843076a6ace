// The saved reports as a list: each with its title and description; the chosen one is marked.
import type { ReportSummary } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { emptyReport } from '../state/state.js';
import { h } from '../ui/dom.js';
import { empty } from '../ui/status.js';

export function reportCatalog(ctx: Ctx, reports: ReportSummary[], current: string): HTMLElement {
  if (!reports.length) return empty('This server has no saved reports.');
  return h('ul', { class: 'report-list' }, reports.map((r) => h('li', {},
    h('button', {
      type: 'button', class: 'report-item', name: 'report', value: r.name, 'aria-current': r.name === current ? 'true' : null,
      onclick: () => ctx.store.set({ report: { ...emptyReport(), name: r.name } }),
    },
      h('span', { class: 'report-title' }, r.title, r.graph && h('span', { class: 'tag', title: 'Also drawn as a graph' }, 'graph')),
      h('span', { class: 'report-desc' }, r.description)))));
}

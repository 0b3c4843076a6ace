// Zoom, reset and export buttons over the graph.
import type { Ctx } from '../app/context.js';
import { exportCsv, exportJson, exportPng } from '../export/export.js';
import { showsReport } from '../state/query.js';
import { h } from '../ui/dom.js';

export function graphTools(ctx: Ctx, say: (message: string) => void): HTMLElement[] {
  const { network, store } = ctx;
  const s = store.get();
  const narrowed = s.focus > 0 || s.expanded.length > 0 || !!s.root || showsReport(s);
  const csv = h('button', { type: 'button', class: 'btn btn-small', title: 'Statements behind the visible connections, as CSV' }, 'CSV');
  csv.addEventListener('click', async () => {
    csv.disabled = true;
    try { say(`Exported ${await exportCsv(network, store.get())} statements as CSV.`); } catch (e) { say(`CSV export failed: ${(e as Error).message}`); }
    csv.disabled = false;
  });
  return [
    narrowed && h('button', { type: 'button', class: 'btn btn-small', onclick: () => store.set({ focus: 0, expanded: [], root: '', report: { ...store.get().report, graph: false } }) }, 'Show all'),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Zoom in', onclick: () => network.zoomBy(1.25) }, '+'),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Zoom out', onclick: () => network.zoomBy(0.8) }, '−'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => network.fit() }, 'Fit'),
    h('span', { class: 'tool-sep', 'aria-hidden': 'true' }),
    h('span', { class: 'small' }, 'Export'),
    h('button', { type: 'button', class: 'btn btn-small', title: 'The graph as a picture', onclick: () => { exportPng(network); say('Exported the graph as PNG.'); } }, 'PNG'),
    h('button', { type: 'button', class: 'btn btn-small', title: 'Visible actors and connections, as JSON', onclick: () => { exportJson(network); say('Exported the visible elements as JSON.'); } }, 'JSON'),
    csv,
  ].filter((x): x is HTMLElement => !!x);
}

// A report's answer: what ran and how long it took, the rows as a sortable table, CSV and JSON files, a link to
// share, and — for a report that returns a graph — the way to see it in the network.
import { runReport } from '../api/reports.js';
import type { ReportSummary, RunResult } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { exportReport } from '../export/report.js';
import type { ReportState } from '../state/state.js';
import { reportDate } from '../../../server/domain/dates.js';
import { h, plural } from '../ui/dom.js';
import { sortableTable, sortRows, type CellRenderer } from '../ui/sortable-table.js';
import { pageLink } from './statement-card.js';
import { empty, into } from '../ui/status.js';

/** More rows than this are sorted and exported, but not drawn. */
const DRAWN_ROWS = 1000;

function copyLink(button: HTMLButtonElement): void {
  const done = (text: string) => { button.textContent = text; setTimeout(() => { button.textContent = 'Copy link'; }, 2000); };
  if (navigator.clipboard) void navigator.clipboard.writeText(location.href).then(() => done('Link copied'), () => done('Copy the address bar'));
  else done('Copy the address bar');
}

/** Columns that hold statement ids: each id links to the statement. */
const STATEMENT_COLUMNS = new Set(['statement', 'statementIds']);
/** Statement ids as links, and every date at its precision (see reportDate). */
const reportCells = (ctx: Ctx): CellRenderer => (column, value, row) => {
  const date = reportDate(column, value, row);
  if (date !== null) return date;
  if (!STATEMENT_COLUMNS.has(column)) return null;
  const ids = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  return h('span', {}, ids.flatMap((id, i) => [i ? '; ' : '', pageLink(`/?statement=${encodeURIComponent(id)}`, id, () => ctx.actions.openStatement(id), { class: 'statement-link' })]));
};

function render(ctx: Ctx, report: ReportSummary, r: ReportState, result: RunResult): Node[] {
  const rows = sortRows(result.rows, r.sort);
  const { meta, graph } = result;
  const setSort = (sort: string) => ctx.store.set({ report: { ...ctx.store.get().report, sort } }, 'replace');
  const showGraph = () => ctx.store.set({ view: 'network', report: { ...r, graph: true }, actor: '', edge: '', root: '', focus: 0, expanded: [], panel: 'selection' });
  const link = h('button', { type: 'button', class: 'btn btn-small', title: 'The address of this page: the report, its parameters and the sort' }, 'Copy link');
  link.addEventListener('click', () => copyLink(link));
  return [
    h('div', { class: 'results-bar' },
      h('p', { class: 'results-meta', role: 'status' },
        h('strong', {}, plural(meta.rowCount, 'row')), ` · ${meta.ms.toLocaleString('en')} ms · ${meta.backend} database`,
        meta.truncated && h('span', { class: 'warn' }, ' · cut at the row cap: narrow the parameters for the rest'),
        graph && ` · graph of ${plural(graph.nodes.length, 'node')} and ${plural(graph.edges.length, 'connection')}`),
      h('div', { class: 'actions', role: 'group', 'aria-label': 'Results' },
        graph && graph.nodes.length > 0 && h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: showGraph }, 'Show in the network'),
        h('button', { type: 'button', class: 'btn btn-small', onclick: () => exportReport('csv', r.name, r.params, result, rows) }, 'CSV'),
        h('button', { type: 'button', class: 'btn btn-small', onclick: () => exportReport('json', r.name, r.params, result, rows) }, 'JSON'),
        link)),
    rows.length
      ? sortableTable(result.columns, rows, r.sort, setSort, { caption: `Results of ${report.title}`, max: DRAWN_ROWS, cell: reportCells(ctx) })
      : empty('The report found nothing for these parameters.'),
  ];
}

/** onError shows a refusal at the form's fields and says whether it did. */
export function reportResults(ctx: Ctx, report: ReportSummary, onError: (error: unknown) => boolean): HTMLElement {
  const r = ctx.store.get().report;
  const box = h('section', { class: 'report-results', 'aria-label': 'Results' });
  if (!r.run) {
    box.append(empty(report.params.some((p) => p.required) ? 'Fill in the parameters, then run the report.' : 'Run the report with its defaults, or change the parameters first.'));
    return box;
  }
  // A refusal the form shows at its fields needs no second error box here.
  void into(box, () => runReport(r.name, r.params).catch((e: unknown) => { if (onError(e)) return null; throw e; }),
    (result) => (result ? render(ctx, report, r, result) : empty('Correct the parameters marked above, then run the report again.')), 'Running the report…');
  return box;
}

// A table of rows whose column headers sort it (a button in each header; aria-sort says how it is sorted).
// The sort is a string, '' for the rows' own order, 'column' ascending, '-column' descending, so it fits in a URL.
import { h, plural } from './dom.js';

type Row = Record<string, unknown>;

export const parseSort = (sort: string) => ({ column: sort.replace(/^-/, ''), descending: sort.startsWith('-') });

const compare = (a: unknown, b: unknown): number => {
  if (a === null || a === undefined || a === '') return b === null || b === undefined || b === '' ? 0 : 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return cellText(a).localeCompare(cellText(b), 'en', { numeric: true, sensitivity: 'base' });
};

/** The rows in the sort's order; empty values last either way. */
export function sortRows<T extends Row>(rows: T[], sort: string): T[] {
  const { column, descending } = parseSort(sort);
  if (!column) return rows;
  const empty = (v: unknown) => v === null || v === undefined || v === '';
  return [...rows].sort((x, y) => {
    const [a, b] = [x[column], y[column]];
    if (empty(a) || empty(b)) return compare(a, b);
    return descending ? compare(b, a) : compare(a, b);
  });
}

/** A value as text: lists joined, nothing as "". */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(cellText).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Next sort when a header is pressed: ascending first, then descending. */
const nextSort = (sort: string, column: string) => (sort === column ? `-${column}` : column);

/** A cell drawn differently (links, say); null keeps the plain text. */
export type CellRenderer = (column: string, value: unknown, row: Row) => Node | string | null;

export function sortableTable(columns: string[], rows: Row[], sort: string, onSort: (sort: string) => void, opts: { caption: string; max?: number; cell?: CellRenderer }): HTMLElement {
  const { column: by, descending } = parseSort(sort);
  const shown = rows.slice(0, opts.max ?? rows.length);
  const head = columns.map((c) => {
    const state = c === by ? (descending ? 'descending' : 'ascending') : 'none';
    return h('th', { scope: 'col', 'aria-sort': state },
      h('button', { type: 'button', class: 'sort', name: 'sort', value: c, onclick: () => onSort(nextSort(sort, c)) },
        c, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕')));
  });
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': opts.caption },
    h('table', { class: 'results' },
      h('caption', { class: 'visually-hidden' }, `${opts.caption}. Press a column header to sort.`),
      h('thead', {}, h('tr', {}, head)),
      h('tbody', {}, shown.map((r) => h('tr', {}, columns.map((c) => {
        const v = r[c];
        return h('td', { class: typeof v === 'number' ? 'num' : null }, opts.cell?.(c, v, r) ?? cellText(v));
      }))))),
    shown.length < rows.length && h('p', { class: 'small' }, `Showing the first ${plural(shown.length, 'row')} of ${rows.length.toLocaleString('en')}; the exports hold them all.`));
}

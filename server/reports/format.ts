// How the command line prints a report's result and the catalog: an aligned table, CSV (RFC 4180, for
// spreadsheets, so formula cells are escaped) or JSON.
import { reportDate } from '../domain/dates.js';
import type { Report } from './catalog.js';
import type { RunResultJson } from '../schemas/reports.js';

export const FORMATS = ['table', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

const MAX_CELL = 80;

function cellText(value: unknown, listSeparator: string): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => cellText(v, listSeparator)).join(listSeparator);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function table(result: RunResultJson): string {
  const clip = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL - 1)}…` : s).replace(/\s+/g, ' ');
  // A table is for people: its dates read as precisely as they are known ("Oct 2020"); CSV and JSON keep ISO dates and the precision columns.
  const cells = result.rows.map((row) => result.columns.map((c) => clip(reportDate(c, row[c], row) ?? cellText(row[c], ', '))));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(result.columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) gets a
 * leading apostrophe, as OWASP's CSV injection guidance says; numbers stay numbers (-3 is not a formula).
 */
export function spreadsheetSafe(value: unknown, text: string): string {
  return typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csv(result: RunResultJson): string {
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [result.columns, ...result.rows.map((row) => result.columns.map((c) => spreadsheetSafe(row[c], cellText(row[c], '; '))))];
  return lines.map((values) => values.map(quote).join(',')).join('\r\n');
}

export function formatResult(result: RunResultJson, format: Format): string {
  if (format === 'json') return JSON.stringify(result, null, 2);
  return format === 'csv' ? csv(result) : table(result);
}

export function summaryLine(result: RunResultJson): string {
  const { rowCount, truncated, ms, backend } = result.meta;
  return `${rowCount} row${rowCount === 1 ? '' : 's'}${truncated ? ' (cut at the row cap)' : ''} in ${ms} ms on the ${backend} database`;
}

export function formatCatalog(reports: Iterable<Report>): string {
  return [...reports].map((r) => {
    const params = r.params.map((p) => {
      const type = p.type === 'integer' ? `integer ${p.min}..${p.max}` : p.type === 'enum' ? (p.values ?? []).join('|') : p.type;
      const when = p.required ? 'required' : `default ${JSON.stringify(p.default)}`;
      return `    --param ${p.name}=<${type}>  (${when}) ${p.description}`;
    });
    return [`${r.name}${r.graph ? '  [graph]' : ''}: ${r.title}`, `    ${r.description}`, ...params].join('\n');
  }).join('\n\n');
}

// A report's results as files: CSV (lists joined with "; ") and JSON (the report, its parameters and the answer).
import type { RunResult } from '../api/types.js';
import { cellText } from '../ui/sortable-table.js';
import { csvText } from './csv.js';
import { download, stamp } from './export.js';

type Rows = RunResult['rows'];

export const reportCsv = (columns: string[], rows: Rows) => csvText(columns, rows.map((r) => columns.map((c) => cellText(r[c]))));

export function exportReport(format: 'csv' | 'json', name: string, params: Record<string, string>, result: RunResult, rows: Rows): void {
  const file = `stancegraph-${name}-${stamp()}.${format}`;
  if (format === 'csv') download(file, new Blob([reportCsv(result.columns, rows)], { type: 'text/csv;charset=utf-8' }));
  else download(file, new Blob([JSON.stringify({ report: name, params, columns: result.columns, rows, meta: result.meta }, null, 2)], { type: 'application/json' }));
}

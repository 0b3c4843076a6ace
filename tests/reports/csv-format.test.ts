// The report CLI's CSV is for spreadsheets: a text cell that a spreadsheet would run as a formula is
// escaped with a leading apostrophe (CSV injection), numbers and plain text are written as they are.
import { describe, expect, it } from 'vitest';
import { formatResult } from '../../server/reports/format.js';
import type { RunResultJson } from '../../server/schemas/reports.js';

const result = (rows: Record<string, unknown>[]): RunResultJson => ({
  columns: Object.keys(rows[0]!), rows, meta: { ms: 1, rowCount: rows.length, truncated: false, backend: 'embedded' },
});

describe('report CSV', () => {
  it('escapes cells a spreadsheet would run as a formula', () => {
    const csv = formatResult(result([
      { name: '=HYPERLINK("https://evil.example","click")', alias: '+Awk', other: '-Awk', at: '@SUM(A1)' },
    ]), 'csv');
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""https://evil.example"",""click"")",'+Awk,'-Awk,'@SUM(A1)`);
  });

  it('leaves numbers, plain text and lists that do not start a formula as they are', () => {
    const csv = formatResult(result([{ n: -3, text: 'Russia', list: ['a; b', 'c'], dash: 'a-b' }]), 'csv');
    expect(csv.split('\r\n')[1]).toBe('-3,Russia,a; b; c,a-b');
  });

  it('escapes a list whose first element starts a formula', () => {
    expect(formatResult(result([{ list: ['=1+1', 'x'] }]), 'csv').split('\r\n')[1]).toBe("'=1+1; x");
  });
});

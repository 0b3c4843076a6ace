// CSV text (RFC 4180: quoted fields, doubled quotes, CRLF): any table, and the statements export (a date is
// written as stored, YYYY-MM-DD, with its precision beside it: 2020-10-01 with "month" means October 2020).
import type { Statement } from '../api/types.js';

const COLUMNS = ['id', 'date', 'datePrecision', 'speaker', 'about', 'stances', 'channel', 'modality', 'quote', 'summary', 'source', 'url'] as const;

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const csvText = (header: readonly string[], rows: string[][]): string =>
  [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

export function statementsCsv(statements: Statement[]): string {
  return csvText(COLUMNS, statements.map((s) => [
    s.id, s.date ?? '', s.datePrecision, s.speakers.map((sp) => sp.name).join('; '), s.about.map((a) => a.name).join('; '), s.about.map((a) => a.stance).join('; '),
    s.channel, s.modality, s.quote ?? '', s.summary, s.sources.map((x) => x.title).join('; '), s.sources.map((x) => x.url ?? '').filter(Boolean).join(' '),
  ]));
}

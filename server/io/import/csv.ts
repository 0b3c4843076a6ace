// The CSV template for statements (seed/templates/statements.csv, documented in the README): one
// statement per row, its source named by URL (an existing source with that URL is reused, otherwise
// one is made from URL and title). Each problem names the row (the line number; the header is line 1)
// and the column.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { RecordProblem } from '../../domain/dataset.js';
import { Source, Statement } from '../../domain/records.js';
import { emptyDataset } from '../../records/kinds.js';
import { fileProblem, type ImportProblem, type ParsedImport } from './parsed.js';

export const REQUIRED_COLUMNS = ['speaker', 'about', 'stance', 'date', 'channel', 'quote', 'source_url', 'source_title'] as const;
export const OPTIONAL_COLUMNS = ['id', 'date_precision', 'modality', 'lang', 'summary', 'excerpt', 'positions', 'responds_to', 'source_publisher', 'source_published', 'source_kind'] as const;
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);

/** Which column a statement's or new source's field came from. */
const STATEMENT_COLUMN: [RegExp, string][] = [
  [/^about/, 'about'], [/^positions/, 'positions'], [/^respondsTo/, 'responds_to'], [/^sources\.\d+\.excerpt/, 'excerpt'],
  [/^sources/, 'source_url'], [/^datePrecision/, 'date_precision'],
];
const SOURCE_COLUMN: Record<string, string> = { url: 'source_url', title: 'source_title', publisher: 'source_publisher', published: 'source_published', kind: 'source_kind', id: 'source_url' };
const columnOf = (field: string) => STATEMENT_COLUMN.find(([re]) => re.test(field))?.[1] ?? field;

const hash8 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);
const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'x';
const list = (cell: string) => cell.split(';').map((x) => x.trim()).filter(Boolean);
/** `a:b;c` as [["a","b"],["c",fallback]]. */
const pairs = (cell: string, fallback: string) => list(cell).map((x) => { const [k = '', v] = x.split(':'); return [k.trim(), (v ?? fallback).trim()] as const; });

/** The id of a source made from its URL: stable, so importing the same file twice makes it once. */
export const sourceIdFor = (url: string) => `src-${slug(URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : 'web')}-${hash8(url)}`;

type Row = Record<string, string>;

/** Parses the CSV text; `knownSources` finds the ids of sources already in the graph by their URLs. */
export async function parseCsvImport(text: string, knownSources: (urls: string[]) => Promise<Map<string, string>>): Promise<ParsedImport> {
  const d = emptyDataset();
  const problems: ImportProblem[] = [];
  const where = new Map<object, { row: number; record: string; column: (field: string) => string }>();
  let rows: { record: Row; info: { lines: number } }[];
  let header: string[] = [];
  try {
    rows = parse(text, { columns: (names: string[]) => { header = names; return names; }, bom: true, skip_empty_lines: true, info: true }) as typeof rows;
  } catch (e) {
    const err = e as Error & { lines?: number };
    return { format: 'csv', dataset: d, problems: [{ row: err.lines ?? 0, record: 'file', field: '', message: err.message }], locate: locator(where) };
  }
  // csv-parse keeps the last of two columns of one name; the file's author meant one of them, we cannot tell which.
  header.forEach((c, i) => {
    const first = header.indexOf(c);
    if (first < i) problems.push({ row: 1, record: 'header', field: c, message: `appears twice (columns ${first + 1} and ${i + 1}); each column may appear once` });
  });
  const unknown = [...new Set(header)].filter((c) => !KNOWN.has(c));
  const missing = rows.length === 0 ? [] : REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (rows.length === 0) problems.push(fileProblem('no rows: the file needs a header line and at least one statement'));
  unknown.forEach((c) => problems.push({ row: 1, record: 'header', field: c, message: `unknown column; the columns are ${[...KNOWN].join(', ')}` }));
  missing.forEach((c) => problems.push({ row: 1, record: 'header', field: c, message: 'missing column' }));
  if (problems.length > 0) return { format: 'csv', dataset: d, problems, locate: locator(where) };

  const sourcesByUrl = await knownSources([...new Set(rows.map((r) => (r.record.source_url ?? '').trim()).filter(Boolean))]);
  for (const { record: r, info } of rows) {
    const row = info.lines - Object.values(r).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const statement = statementInput(r, sourceOf(r, row));
    const parsed = Statement.safeParse(statement);
    const label = `statement "${statement.id}"`;
    if (!parsed.success) problems.push(...issues(parsed.error, row, label, columnOf));
    else {
      d.statements.push(parsed.data);
      where.set(parsed.data, { row, record: label, column: columnOf });
    }
  }
  return { format: 'csv', dataset: d, problems, locate: locator(where) };

  /** The id of the row's source: one already known by its URL, or one made from URL and title. */
  function sourceOf(r: Row, row: number): string {
    const url = (r.source_url ?? '').trim();
    if (!url) {
      problems.push({ row, record: 'statement', field: 'source_url', message: 'must not be empty: the address of the document the statement comes from' });
      return 'missing-source';
    }
    const known = sourcesByUrl.get(url);
    if (known) return known;
    const source = Source.safeParse(newSource(r, url));
    sourcesByUrl.set(url, sourceIdFor(url));
    if (!source.success) problems.push(...issues(source.error, row, `source ${url}`, (f) => SOURCE_COLUMN[f] ?? f));
    else {
      d.sources.push(source.data);
      where.set(source.data, { row, record: `source "${source.data.id}"`, column: (f) => SOURCE_COLUMN[f] ?? f });
    }
    return sourceIdFor(url);
  }
}

function statementInput(r: Row, source: string) {
  const cell = (c: string) => (r[c] ?? '').trim();
  const quote = cell('quote') || null;
  const date = cell('date') || null;
  const about = pairs(cell('about'), cell('stance')).map(([target, stance]) => ({ target, stance }));
  const id = cell('id') || `${slug(cell('speaker'))}-${date ?? 'undated'}-${hash8([cell('speaker'), date, quote, cell('summary'), cell('about')].join('\u0000'))}`;
  return {
    id, speaker: cell('speaker'), quote, summary: cell('summary') || quote || '', date,
    datePrecision: cell('date_precision') || (date ? 'day' : 'unknown'), channel: cell('channel'),
    lang: cell('lang') || 'en', modality: cell('modality') || 'asserted', about,
    positions: pairs(cell('positions'), '').map(([position, stance]) => ({ position, stance })),
    sources: [{ source, excerpt: cell('excerpt') || quote || '' }],
    respondsTo: list(cell('responds_to')),
  };
}

function newSource(r: Row, url: string) {
  const cell = (c: string) => (r[c] ?? '').trim();
  return {
    id: sourceIdFor(url), title: cell('source_title'), publisher: cell('source_publisher') || null, url,
    published: cell('source_published') || null, kind: cell('source_kind') || 'independent press', file: null,
  };
}

function issues(error: z.ZodError, row: number, record: string, column: (field: string) => string): ImportProblem[] {
  return error.issues.map((i) => ({ row, record, field: column(i.path.join('.')), message: i.message }));
}

const locator = (where: Map<object, { row: number; record: string; column: (field: string) => string }>) => (p: RecordProblem): ImportProblem => {
  const at = where.get(p.record);
  return { row: at?.row ?? 0, record: at?.record ?? p.label, field: at ? at.column(p.field) : p.field, message: p.message };
};

// A JSON import is a seed file (the format of seed/data and of the JSON export), validated with the
// seed schema; each problem names the section, the record's position in it and its id, and the field.
import { SeedFile } from '../../domain/records.js';
import type { RecordProblem } from '../../domain/dataset.js';
import { emptyDataset } from '../../records/kinds.js';
import { fileProblem, type ImportProblem, type ParsedImport } from './parsed.js';

const SINGULAR: Record<string, string> = { sources: 'source', actors: 'actor', places: 'place', events: 'event', positions: 'position', ties: 'tie', statements: 'statement' };

function label(section: string, rec: Record<string, unknown> | undefined): string {
  const kind = SINGULAR[section] ?? section;
  if (typeof rec?.id === 'string') return `${kind} "${rec.id}"`;
  if (rec?.type) return `tie ${String(rec.type)} "${String(rec.from)}"->"${String(rec.to)}"`;
  return kind;
}

export function parseJsonImport(raw: unknown): ParsedImport {
  const parsed = SeedFile.safeParse(raw);
  const where = new Map<object, { row: number; record: string }>();
  if (!parsed.success) {
    const problems: ImportProblem[] = parsed.error.issues.map((issue) => {
      const [section, index, ...field] = issue.path;
      if (typeof index !== 'number') return fileProblem(issue.message, issue.path.join('.'));
      const rec = (raw as Record<string, Record<string, unknown>[]>)[String(section)]?.[index];
      return { row: index + 1, record: label(String(section), rec), field: field.join('.'), message: issue.message };
    });
    return { format: 'json', dataset: emptyDataset(), problems, locate: locator(where) };
  }
  for (const [section, records] of Object.entries(parsed.data)) {
    (records as Record<string, unknown>[]).forEach((r, i) => where.set(r, { row: i + 1, record: label(section, r) }));
  }
  return { format: 'json', dataset: parsed.data, problems: [], locate: locator(where) };
}

const locator = (where: Map<object, { row: number; record: string }>) => (p: RecordProblem): ImportProblem => ({
  ...(where.get(p.record) ?? { row: 0, record: p.label }), field: p.field, message: p.message,
});

/** Reads JSON text; a file that is not JSON is one problem. */
export function parseJsonText(text: string): ParsedImport {
  try {
    return parseJsonImport(JSON.parse(text));
  } catch (e) {
    return { format: 'json', dataset: emptyDataset(), problems: [fileProblem(`not readable JSON (${(e as Error).message})`)], locate: locator(new Map()) };
  }
}

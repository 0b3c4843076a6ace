// Checks an import against the graph and says what it would do: every record created, updated (with
// the fields that change) or left unchanged. Nothing is applied unless every row is valid.
import { InvalidInput } from '../../domain/errors.js';
import { canonicalRecord, stableJson, sameRecord } from '../../records/canonical.js';
import { RECORD_KINDS, recordId, recordsOf, type AnyRecord, type RecordKind, type RecordRef } from '../../records/kinds.js';
import type { RecordReader } from '../../records/read.js';
import { created, updated, type ChangeInfo, type DiffEntry, type Plan } from '../../writes/changeset.js';
import { referenceProblems } from '../../writes/validate.js';
import type { ImportFormat, ImportProblem, ParsedImport } from './parsed.js';

export interface ImportReport {
  format: ImportFormat; dryRun: boolean; applied: boolean;
  counts: { created: number; updated: number; unchanged: number };
  created: RecordRef[]; updated: (RecordRef & { fields: string[] })[]; unchanged: RecordRef[];
  change?: ChangeInfo;
}

export class ImportInvalid extends InvalidInput {
  constructor(readonly rows: ImportProblem[]) {
    super(`The import is invalid (${rows.length} problem${rows.length === 1 ? '' : 's'}); nothing was applied. ${rows.slice(0, 5).map(describe).join('; ')}`,
      rows.map((p) => ({ ...p, field: p.field || 'file' })));
  }
}

export const describe = (p: ImportProblem) => `${p.row > 0 ? `row ${p.row}, ` : ''}${p.record}${p.field ? `, ${p.field}` : ''}: ${p.message}`;

function changedFields(kind: RecordKind, before: AnyRecord, after: AnyRecord): string[] {
  const a = canonicalRecord(kind, before) as Record<string, unknown>, b = canonicalRecord(kind, after) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => stableJson(a[k]) !== stableJson(b[k])).sort();
}

/** Validates the import against the graph (throws ImportInvalid naming every row) and compares each record with what is stored. */
export async function assessImport(reader: RecordReader, parsed: ParsedImport): Promise<{ diff: DiffEntry[]; report: ImportReport }> {
  if (parsed.problems.length > 0) throw new ImportInvalid(parsed.problems);
  const problems = (await referenceProblems(reader, parsed.dataset)).map(parsed.locate);
  if (problems.length > 0) throw new ImportInvalid(problems);

  const stored = new Map<string, AnyRecord>();
  for (const kind of RECORD_KINDS) {
    const ids = [...recordsOf(parsed.dataset)].filter((r) => r.kind === kind).map((r) => r.id);
    for (const r of await reader.byIds(kind, ids)) stored.set(`${kind}:${recordId(kind, r)}`, r);
  }
  const diff: DiffEntry[] = [];
  const report: ImportReport = { format: parsed.format, dryRun: true, applied: false, counts: { created: 0, updated: 0, unchanged: 0 }, created: [], updated: [], unchanged: [] };
  for (const { kind, id, record } of recordsOf(parsed.dataset)) {
    const before = stored.get(`${kind}:${id}`);
    if (!before) {
      diff.push(created(kind, id, record));
      report.created.push({ kind, id });
    } else if (sameRecord(kind, before, record)) report.unchanged.push({ kind, id });
    else {
      diff.push(updated(kind, id, before, record));
      report.updated.push({ kind, id, fields: changedFields(kind, before, record) });
    }
  }
  report.counts = { created: report.created.length, updated: report.updated.length, unchanged: report.unchanged.length };
  return { diff, report };
}

/** The write an assessed import makes: its created and updated records, in one transaction. */
export function importPlan({ diff, report }: { diff: DiffEntry[]; report: ImportReport }, name: string, reason: string | null): Plan {
  const { created: c, updated: u, unchanged: n } = report.counts;
  return {
    action: 'import', summary: `imported ${name}: ${c} created, ${u} updated, ${n} unchanged`, reason, diff,
    body: (change) => ({ ...report, dryRun: false, applied: true, ...(change ? { change } : {}) }),
  };
}

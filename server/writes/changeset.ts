// What one write does to the graph, before it becomes query steps: records written whole (created or
// replaced) and records deleted, with the audit's view of it (each record's before and after).
import type { Dataset } from '../domain/dataset.js';
import { speakersOf, type Statement } from '../domain/records.js';
import type { Action } from '../domain/vocabulary.js';
import type { AnyRecord, RecordKind, RecordRef } from '../records/kinds.js';
import { addRecord, emptyDataset } from '../records/kinds.js';

/** `speakers`: whose statements the change adds, alters or removes (their derived relationships are rebuilt). */
export interface ChangeSet { upserts: Dataset; deletes: RecordRef[]; speakers: string[] }
export interface DiffEntry { kind: RecordKind; id: string; op: 'created' | 'updated' | 'deleted'; before: AnyRecord | null; after: AnyRecord | null }

/** What a planned write will do, and what it answers once it is done. */
export interface Plan {
  action: Action;
  summary: string;
  reason: string | null;
  diff: DiffEntry[];
  /** The answer; `change` is null when the diff is empty: nothing was written, and no Change recorded. */
  body: (change: ChangeInfo | null) => unknown;
}

export interface ChangeInfo { id: string; at: string; who: string; action: Action; summary: string; reason: string | null }

/** The graph change a diff describes: created and updated records written whole, deleted ones removed. */
export function changeSetOf(diff: DiffEntry[]): ChangeSet {
  const upserts = emptyDataset();
  const deletes: RecordRef[] = [];
  const speakers = new Set<string>();
  for (const e of diff) {
    if (e.op === 'deleted') deletes.push({ kind: e.kind, id: e.id });
    else addRecord(upserts, e.kind, e.after!);
    if (e.kind === 'statement') for (const s of [e.before, e.after]) if (s) speakersOf(s as Statement).forEach((x) => speakers.add(x));
  }
  return { upserts, deletes, speakers: [...speakers] };
}

export const created = (kind: RecordKind, id: string, after: AnyRecord): DiffEntry => ({ kind, id, op: 'created', before: null, after });
export const updated = (kind: RecordKind, id: string, before: AnyRecord, after: AnyRecord): DiffEntry => ({ kind, id, op: 'updated', before, after });
export const deleted = (kind: RecordKind, id: string, before: AnyRecord): DiffEntry => ({ kind, id, op: 'deleted', before, after: null });

/** Every id a diff touches: the records themselves and the ids their before and after name. */
export function idsInvolved(diff: DiffEntry[]): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown, key = ''): void => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
    else if (typeof v === 'string' && REFERENCE_FIELDS.has(key)) ids.add(v);
  };
  for (const e of diff) {
    if (e.kind !== 'tie') ids.add(e.id);
    walk(e.before);
    walk(e.after);
  }
  return [...ids].sort();
}
const REFERENCE_FIELDS = new Set(['speaker', 'target', 'actor', 'from', 'to', 'places']);

// The kinds of record the graph holds, in seed format: the section of a seed file each lives in, the
// zod schema that validates it, and how a record is named (ties have no id: type, from and to name them).
import { Actor, Event, Place, Position, Source, Statement, Tie } from '../domain/records.js';
import type { Dataset } from '../domain/dataset.js';

export const NODE_KINDS = ['source', 'actor', 'place', 'event', 'position', 'statement'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type RecordKind = NodeKind | 'tie';
export const RECORD_KINDS: readonly RecordKind[] = [...NODE_KINDS, 'tie'];

export const SECTION = {
  source: 'sources', actor: 'actors', place: 'places', event: 'events', position: 'positions', statement: 'statements', tie: 'ties',
} as const satisfies Record<RecordKind, keyof Dataset>;

export const SCHEMA = { source: Source, actor: Actor, place: Place, event: Event, position: Position, statement: Statement, tie: Tie } as const;

export type AnyRecord = Dataset[keyof Dataset][number];
export interface RecordRef { kind: RecordKind; id: string }

/** A tie's name: `TYPE:from:to` (ids never hold a colon). */
export const tieId = (t: { type: string; from: string; to: string }) => `${t.type}:${t.from}:${t.to}`;
export function parseTieId(id: string): { type: Tie['type']; from: string; to: string } | undefined {
  const [type, from, to, ...rest] = id.split(':');
  if (!type || !from || !to || rest.length > 0) return undefined;
  return { type: type as Tie['type'], from, to };
}

export function recordId(kind: RecordKind, record: AnyRecord): string {
  return kind === 'tie' ? tieId(record as Tie) : (record as { id: string }).id;
}

/** `kind:id`, the form the audit trail lists records in. */
export const refKey = (r: RecordRef) => `${r.kind}:${r.id}`;

export const emptyDataset = (): Dataset => ({ sources: [], actors: [], places: [], events: [], positions: [], ties: [], statements: [] });

/** Every record of a dataset with its kind, in load order. */
export function* recordsOf(d: Dataset): Generator<{ kind: RecordKind; id: string; record: AnyRecord }> {
  for (const kind of RECORD_KINDS) {
    for (const record of d[SECTION[kind]] as AnyRecord[]) yield { kind, id: recordId(kind, record), record };
  }
}

/** Adds a record to the section of its kind. */
export function addRecord(d: Dataset, kind: RecordKind, record: AnyRecord): void {
  (d[SECTION[kind]] as AnyRecord[]).push(record);
}

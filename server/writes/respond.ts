// The answer every write gives (its schema is writeResponse in server/schemas/writes.ts): the Change
// it made, what happened to each record, and the record as it now stands where there is one.
import type { ChangeInfo, DiffEntry } from './changeset.js';
import type { AnyRecord } from '../records/kinds.js';

export function respond(diff: DiffEntry[], record?: AnyRecord, notes: string[] = []) {
  return (change: ChangeInfo | null) => ({ change, records: diff.map(({ kind, id, op }) => ({ kind, id, op })), record, notes });
}

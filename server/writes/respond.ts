// The answer every write gives: the Change it made, what happened to each record, and the record as
// it now stands where there is one.
import { z } from 'zod';
import { ACTIONS, type ChangeInfo, type DiffEntry } from './changeset.js';
import { RECORD_KINDS, type AnyRecord } from '../records/kinds.js';

export const ChangeInfoShape = z.object({
  id: z.string(), at: z.string().describe('ISO timestamp'), who: z.string().describe('The name of the token that made the change'),
  action: z.enum(ACTIONS), summary: z.string(), reason: z.string().nullable(),
});
export const RecordOp = z.object({
  kind: z.enum(RECORD_KINDS as [string, ...string[]]), id: z.string().describe('The record id (ties: TYPE:from:to)'),
  op: z.enum(['created', 'updated', 'deleted']),
});

export const writeResponse = <T extends z.ZodType>(record: T) => z.object({
  // extend({}): an inline copy, since OpenAPI 3.0 allows no nullable beside the component's reference.
  change: ChangeInfoShape.extend({}).nullable().describe('The audit Change the write made; null when it changed nothing (a PATCH that gives every field the value it has): nothing is recorded'),
  records: z.array(RecordOp), record: record.optional(), notes: z.array(z.string()),
});

export function respond(diff: DiffEntry[], record?: AnyRecord, notes: string[] = []) {
  return (change: ChangeInfo | null) => ({ change, records: diff.map(({ kind, id, op }) => ({ kind, id, op })), record, notes });
}

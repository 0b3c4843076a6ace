// The write API's schemas: the Idempotency-Key header, the reason, the keys and bodies of the record
// routes, and the answer every write gives (the Change it made, what happened to each record, and the
// record as it now stands where there is one).
import { z } from 'zod';
import { ACTIONS, TIE_TYPES } from '../domain/vocabulary.js';
import { SCHEMA, RECORD_KINDS, type RecordKind } from '../records/kinds.js';
import { id } from './params.js';

export const WriteHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).regex(/^[\x21-\x7e]+$/, 'must be 1-200 visible ASCII characters')
    .optional().describe('Makes a retry safe: a request repeated with the same key answers the first response and applies nothing again'),
});

export const Reason = z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters');

/** Creates and updates: the reason is optional. */
export const WriteQuery = z.object({ reason: Reason.optional() });
export const DeleteQuery = z.object({ reason: Reason.describe('Why: kept in the audit trail') });

export const TieKey = z.object({ type: z.enum(TIE_TYPES), from: id, to: id });

/** The update body: any of the record's fields but its key, none with a default (a field left out stays as it is). */
export function patchSchema(kind: RecordKind) {
  const key = kind === 'tie' ? ['type', 'from', 'to'] : ['id'];
  const shape = (SCHEMA[kind] as unknown as z.ZodObject).shape;
  return z.strictObject(Object.fromEntries(Object.entries(shape).filter(([k]) => !key.includes(k))
    .map(([k, f]) => [k, (f instanceof z.ZodDefault ? (f.unwrap() as z.ZodType) : (f as z.ZodType)).optional()])));
}

export const MergeActorsBody = z.strictObject({ keep: id.describe('The actor that stays'), remove: id.describe('The actor merged into it and deleted'), reason: Reason });

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

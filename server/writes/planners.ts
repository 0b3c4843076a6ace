// Plans for creating, updating and deleting one record of any kind: read what is there, validate with
// the seed schemas and reference checks, and say what each record becomes.
import { z } from 'zod';
import type { Event, Statement } from '../domain/records.js';
import { Conflict, NotFound } from '../domain/errors.js';
import { SCHEMA, addRecord, emptyDataset, recordId, tieId, type AnyRecord, type NodeKind, type RecordKind } from '../records/kinds.js';
import type { RecordReader } from '../records/read.js';
import { created, deleted, updated, type DiffEntry, type Plan } from './changeset.js';
import { respond } from './respond.js';
import { sameRecord } from '../records/canonical.js';
import { dropping, rewriteEvent, rewriteStatement } from './rewrite.js';
import { InvalidInput } from '../domain/errors.js';
import { assertReferences, zodProblems } from './validate.js';

const describe = (kind: RecordKind, id: string) => (kind === 'tie' ? `tie ${id}` : `${kind} "${id}"`);

/** References a delete refuses to break: the record is required there. Other references are dropped with it. */
const REQUIRED_BY: Record<string, string> = { speaker: 'names it as its speaker', about: 'is about it', sources: 'cites it' };

export function createPlanners(reader: RecordReader) {
  async function existing(kind: RecordKind, id: string): Promise<AnyRecord> {
    const record = await reader.one(kind, id);
    if (!record) throw new NotFound(`No ${kind} has the id "${id}"`, 'id');
    return record;
  }

  async function validated(kind: RecordKind, input: unknown): Promise<AnyRecord> {
    const parsed = (SCHEMA[kind] as z.ZodType<AnyRecord>).safeParse(input);
    if (!parsed.success) throw InvalidInput.of(`Invalid ${kind}`, zodProblems('body', parsed.error));
    const d = emptyDataset();
    addRecord(d, kind, parsed.data);
    await assertReferences(reader, d, 'body');
    return parsed.data;
  }

  async function create(kind: RecordKind, input: AnyRecord, reason: string | null): Promise<Plan> {
    const record = await validated(kind, input);
    const id = recordId(kind, record);
    if (await reader.one(kind, id)) throw new Conflict(`A ${describe(kind, id)} already exists; change it with PATCH`, [{ field: 'body.id', message: 'names a record that already exists' }]);
    const diff = [created(kind, id, record)];
    return { action: 'create', summary: `created ${describe(kind, id)}`, reason, diff, body: respond(diff, record) };
  }

  /** Replaces the fields given in the patch; the id (a tie's type and ends) stays. */
  async function update(kind: RecordKind, id: string, patch: Record<string, unknown>, reason: string | null): Promise<Plan> {
    const before = await existing(kind, id);
    const key = kind === 'tie' ? { type: (before as { type: string }).type, from: (before as { from: string }).from, to: (before as { to: string }).to } : { id };
    const after = await validated(kind, { ...before, ...patch, ...key });
    // A patch that changes nothing (`{}`, or every field as it is) writes nothing and records no Change.
    const diff = sameRecord(kind, before, after) ? [] : [updated(kind, id, before, after)];
    return { action: 'update', summary: `updated ${describe(kind, id)}`, reason, diff, body: respond(diff, after) };
  }

  async function remove(kind: RecordKind, id: string, reason: string): Promise<Plan> {
    const before = await existing(kind, id);
    const diff: DiffEntry[] = [deleted(kind, id, before)];
    if (kind !== 'tie') diff.push(...(await cascade(kind, id)));
    const notes = diff.slice(1).map((e) => `${describe(e.kind, e.id)} ${e.op}: it named ${describe(kind, id)}`);
    return { action: 'delete', summary: `deleted ${describe(kind, id)}`, reason, diff, body: respond(diff, undefined, notes) };
  }

  /** What else a node's delete changes; refuses (409) while a record requires it. */
  async function cascade(kind: NodeKind, id: string): Promise<DiffEntry[]> {
    const refs = await reader.referrers([id]);
    const citingTies = kind === 'source' ? await reader.ties({ sources: [id] }) : [];
    const blocking = [
      ...refs.filter((r) => REQUIRED_BY[r.field]).map((r) => ({ field: `${r.kind} "${r.ref}"`, message: REQUIRED_BY[r.field]! })),
      ...citingTies.map((t) => ({ field: `tie ${tieId(t)}`, message: 'cites it' })),
    ];
    if (blocking.length > 0) {
      throw new Conflict(`The ${kind} "${id}" cannot be deleted while other records need it (${blocking.length}): ${blocking.slice(0, 10).map((b) => `${b.field} ${b.message}`).join('; ')}`, blocking);
    }
    const drop = dropping(id);
    const ids = (k: string) => [...new Set(refs.filter((r) => r.kind === k).map((r) => r.ref))];
    const statements = (await reader.byIds('statement', ids('statement'))) as Statement[];
    const events = (await reader.byIds('event', ids('event'))) as Event[];
    const ties = kind === 'actor' ? await reader.ties({ actors: [id], either: true }) : [];
    return [
      ...statements.map((s) => updated('statement', s.id, s, rewriteStatement(s, drop))),
      ...events.map((e) => updated('event', e.id, e, rewriteEvent(e, drop))),
      ...ties.map((t) => deleted('tie', tieId(t), t)),
    ];
  }

  return { create, update, remove, existing };
}
export type Planners = ReturnType<typeof createPlanners>;

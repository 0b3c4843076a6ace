// Runs a planned write: one at a time in this process (so the checks a plan makes still hold when
// it is written), in one transaction with its audit Change, and at most once per Idempotency-Key.
import { createHash, randomUUID } from 'node:crypto';
import { Refused } from '../domain/errors.js';
import type { Action } from '../domain/vocabulary.js';
import { recordChangeStep, type ChangeRepo } from '../audit/changes.js';
import type { RecordReader } from '../records/read.js';
import type { GraphStore } from '../store/store.js';
import { changeSetOf, type ChangeInfo, type Plan } from './changeset.js';
import { changeSteps } from './steps.js';

export interface WriteContext {
  /** The token's name (or `cli:<user>` for the command line). */
  who: string;
  idempotencyKey?: string;
  /** A hash of the request: a key reused for another request is refused. */
  fingerprint: string;
}
/** What was done, in the domain's words (the HTTP side picks the status from the action). */
export interface WriteResult { action: Action; body: unknown; replayed: boolean; changeId: string }

/** The Change id of an idempotent request: the same key from the same token always names the same Change. */
export const idempotentChangeId = (who: string, key: string) => `idem-${createHash('sha256').update(`${who}\n${key}`).digest('hex').slice(0, 40)}`;

export function createWriteService(store: GraphStore, changes: ChangeRepo, records: RecordReader) {
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function replayOf(changeId: string, fingerprint: string): Promise<WriteResult | undefined> {
    const stored = await changes.get(changeId);
    if (!stored) return undefined;
    if (stored.replay.fingerprint !== fingerprint) {
      throw new Refused('This Idempotency-Key was already used for a different request; use a new key for a new request.', [{ field: 'headers.idempotency-key', message: 'was already used for a different request' }]);
    }
    return { action: stored.action, body: stored.replay.response, replayed: true, changeId };
  }

  /** Plans and applies a write; a retry with the same Idempotency-Key answers the first response again. */
  function run(ctx: WriteContext, plan: () => Promise<Plan>): Promise<WriteResult> {
    const changeId = ctx.idempotencyKey ? idempotentChangeId(ctx.who, ctx.idempotencyKey) : `chg-${randomUUID()}`;
    return serially(async () => {
      if (ctx.idempotencyKey) {
        const replay = await replayOf(changeId, ctx.fingerprint);
        if (replay) return replay;
      }
      const p = await plan();
      if (p.diff.length === 0) return { action: p.action, body: p.body(null), replayed: false, changeId: '' };
      const change: ChangeInfo = { id: changeId, at: new Date().toISOString(), who: ctx.who, action: p.action, summary: p.summary, reason: p.reason };
      const body = p.body(change);
      const changeSet = changeSetOf(p.diff);
      // The seed loader links a statement to its targets by their kind: those not written here are stored.
      const stored = await records.kinds(changeSet.upserts.statements.flatMap((s) => s.about.map((a) => a.target)));
      const steps = [...changeSteps(changeSet, (id) => stored.get(id)), recordChangeStep(change, p.diff, { fingerprint: ctx.fingerprint, response: body })];
      try {
        await store.write(steps);
      } catch (e) {
        // Another process may have written the same key first: its Change id is taken, so this transaction failed whole.
        const replay = ctx.idempotencyKey ? await replayOf(changeId, ctx.fingerprint).catch((err: unknown) => { if (err instanceof Refused) throw err; }) : undefined;
        if (replay) return replay;
        throw e;
      }
      return { action: p.action, body, replayed: false, changeId };
    });
  }

  return { run };
}
export type WriteService = ReturnType<typeof createWriteService>;

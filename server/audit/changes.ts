// The audit trail: one Change node per write, written in the write's own transaction, and read back
// for GET /api/changes and for Idempotency-Key retries.
import { refKey } from '../records/kinds.js';
import type { GraphStore, Row, WriteStep } from '../store/store.js';
import { idsInvolved, type ChangeInfo, type DiffEntry } from '../writes/changeset.js';

export interface StoredChange extends ChangeInfo { records: string[]; actors: string[]; diff: DiffEntry[] }
export interface ChangeFilter { since?: string; actor?: string; record?: string; by?: string }
export interface Replay { fingerprint: string; response: unknown }

export function recordChangeStep(change: ChangeInfo, diff: DiffEntry[], replay: Replay): WriteStep {
  return {
    query: 'audit/record-change',
    params: {
      rows: [{
        ...change, reason: change.reason ?? '', records: diff.map(refKey), actors: idsInvolved(diff), diff: JSON.stringify(diff),
        fingerprint: replay.fingerprint, response: JSON.stringify(replay.response),
      }],
    },
  };
}

function changeOf(r: Row): StoredChange {
  return {
    id: String(r.id), at: String(r.at), who: String(r.who), action: r.action as ChangeInfo['action'], summary: String(r.summary),
    reason: r.reason ? String(r.reason) : null, records: (r.records as string[] | null) ?? [], actors: (r.actors as string[] | null) ?? [],
    diff: JSON.parse(String(r.diff ?? '[]')) as DiffEntry[],
  };
}

export function createChangeRepo(store: GraphStore) {
  async function get(id: string): Promise<(StoredChange & { replay: Replay }) | undefined> {
    const [r] = await store.read('audit/change-by-id', { id });
    if (!r) return undefined;
    return { ...changeOf(r), replay: { fingerprint: String(r.fingerprint), response: JSON.parse(String(r.response)) } };
  }

  async function find(f: ChangeFilter, limit: number, offset: number) {
    const params = { since: f.since ?? '', actor: f.actor ?? '', record: f.record ?? '', by: f.by ?? '' };
    const total = Number((await store.read('audit/count-changes', params))[0]?.total ?? 0);
    // Never page past the end: LadybugDB 0.19.1 crashes on ORDER BY ... SKIP beyond the rows.
    const rows = offset < total ? await store.read('audit/find-changes', { ...params, limit, offset }) : [];
    return { items: rows.map(changeOf), total, limit, offset };
  }

  return { get, find };
}
export type ChangeRepo = ReturnType<typeof createChangeRepo>;

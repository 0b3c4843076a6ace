// A change set as query steps for one transaction: deletions first, then the links of records about
// to be written again whole, then the records themselves with the seed loader's upserts, and last the
// derived relationships of every speaker whose statements changed.
import { deriveSteps, loadTables } from '../domain/load-plan.js';
import { TIE_TYPES } from '../domain/vocabulary.js';
import { type Tie } from '../domain/records.js';
import type { QueryName } from '../queries/names.js';
import { NODE_KINDS, parseTieId, type NodeKind } from '../records/kinds.js';
import type { WriteStep } from '../store/store.js';
import type { ChangeSet } from './changeset.js';

const DELETE_NODES: Record<NodeKind, QueryName> = {
  actor: 'write/delete-actors', statement: 'write/delete-statements', source: 'write/delete-sources',
  position: 'write/delete-positions', event: 'write/delete-events', place: 'write/delete-places',
};
const DELETE_TIES: Record<Tie['type'], QueryName> = {
  MEMBER_OF: 'write/delete-ties-member-of', HOLDS_OFFICE: 'write/delete-ties-holds-office',
  ALLIED_WITH: 'write/delete-ties-allied-with', SUPPLIES_ARMS_TO: 'write/delete-ties-supplies-arms-to',
};
/** The links a record owns, cleared before it is written again (its incoming references belong to others). */
const UNLINK = {
  statements: ['write/unlink-statement-speakers', 'write/unlink-statement-relays', 'write/unlink-statement-targets', 'write/unlink-statement-positions', 'write/unlink-statement-sources', 'write/unlink-statement-responses'],
  events: ['write/unlink-event-places', 'write/unlink-event-participants', 'write/unlink-event-sources'],
} as const satisfies Partial<Record<keyof ChangeSet['upserts'], readonly QueryName[]>>;

/** `storedKind` names the kind of stored records the change's statements are about. */
export function changeSteps(cs: ChangeSet, storedKind: (id: string) => string | undefined): WriteStep[] {
  const steps: WriteStep[] = [];
  // Empty lists are skipped: LadybugDB cannot type an empty list parameter in every position.
  const add = (query: QueryName, key: 'ids' | 'rows', values: unknown[]) => { if (values.length > 0) steps.push({ query, params: { [key]: values } }); };
  for (const kind of NODE_KINDS) add(DELETE_NODES[kind], 'ids', cs.deletes.filter((r) => r.kind === kind).map((r) => r.id));
  const ties = cs.deletes.filter((r) => r.kind === 'tie').map((r) => parseTieId(r.id)).filter((t) => t !== undefined);
  for (const type of TIE_TYPES) add(DELETE_TIES[type], 'rows', ties.filter((t) => t.type === type).map(({ from, to }) => ({ from, to })));
  for (const [section, queries] of Object.entries(UNLINK) as [keyof typeof UNLINK, readonly QueryName[]][]) {
    const ids = cs.upserts[section].map((r) => r.id);
    for (const q of queries) add(q, 'ids', ids);
  }
  const derive = deriveSteps(cs.speakers).map(({ query, rows }) => ({ query, params: { rows } }));
  return [...steps, ...upsertSteps(cs, storedKind), ...derive];
}

/** Rows per UNWIND step: a write's records go in the same transaction as its deletes and its audit record. */
const BATCH = 1000;

function upsertSteps(cs: ChangeSet, storedKind: (id: string) => string | undefined): WriteStep[] {
  return loadTables(cs.upserts, storedKind).flatMap(({ query, rows }) =>
    Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => ({ query, params: { rows: rows.slice(i * BATCH, (i + 1) * BATCH) } })));
}

// A change set as query steps for one transaction: deletions first, then the records with the seed
// loader's plan (which writes each statement and event whole), and last the derived relationships of
// every speaker whose statements changed.
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

/** `storedKind` names the kind of stored records the change's statements are about. */
export function changeSteps(cs: ChangeSet, storedKind: (id: string) => string | undefined): WriteStep[] {
  const steps: WriteStep[] = [];
  // Empty lists are skipped: LadybugDB cannot type an empty list parameter in every position.
  const add = (query: QueryName, key: 'ids' | 'rows', values: unknown[]) => { if (values.length > 0) steps.push({ query, params: { [key]: values } }); };
  for (const kind of NODE_KINDS) add(DELETE_NODES[kind], 'ids', cs.deletes.filter((r) => r.kind === kind).map((r) => r.id));
  const ties = cs.deletes.filter((r) => r.kind === 'tie').map((r) => parseTieId(r.id)).filter((t) => t !== undefined);
  for (const type of TIE_TYPES) add(DELETE_TIES[type], 'rows', ties.filter((t) => t.type === type).map(({ from, to }) => ({ from, to })));
  const derive = deriveSteps(cs.speakers).map(({ query, rows }) => ({ query, params: { rows } }));
  return [...steps, ...upsertSteps(cs, storedKind), ...derive];
}

/** Rows per UNWIND step: a write's records go in the same transaction as its deletes and its audit record. */
const BATCH = 1000;

function upsertSteps(cs: ChangeSet, storedKind: (id: string) => string | undefined): WriteStep[] {
  return loadTables(cs.upserts, storedKind).flatMap(({ query, rows }) =>
    Array.from({ length: Math.ceil(rows.length / BATCH) }, (_, i) => ({ query, params: { rows: rows.slice(i * BATCH, (i + 1) * BATCH) } })));
}

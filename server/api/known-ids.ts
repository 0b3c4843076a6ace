// One rule for every id given as a filter: an id that names no record of the kind the filter takes
// is a "not found" naming the filter, never an empty answer that looks like "no statements".
import { NotFound } from '../domain/errors.js';
import type { NodeKind } from '../records/kinds.js';
import type { StatementFilter } from './statements-repo.js';

export interface IdFilter { field: string; ids: readonly string[]; kinds: readonly NodeKind[] }
export type KindsOf = (ids: string[]) => Promise<Map<string, NodeKind>>;

const either = (kinds: readonly string[]) => (kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`);

/** Throws NotFound for the first filter naming an id that is not a record of its kinds. */
export async function requireKnownIds(kindsOf: KindsOf, filters: IdFilter[]): Promise<void> {
  const all = [...new Set(filters.flatMap((f) => f.ids))];
  if (all.length === 0) return;
  const kinds = await kindsOf(all);
  for (const f of filters) {
    const unknown = f.ids.filter((id) => !f.kinds.some((k) => kinds.get(id) === k));
    if (unknown.length > 0) throw NotFound.ids(either(f.kinds), unknown, f.field);
  }
}

const one = (id: string | undefined) => (id === undefined ? [] : [id]);

/** The ids a statements filter (and an export's) names, with the kinds each filter takes. */
export const statementFilterIds = (f: StatementFilter & { actor?: string }): IdFilter[] => [
  { field: 'speaker', ids: f.speakers ?? [], kinds: ['actor'] },
  { field: 'about', ids: f.about ?? [], kinds: ['actor', 'event', 'place'] },
  { field: 'position', ids: one(f.position), kinds: ['position'] },
  { field: 'source', ids: one(f.source), kinds: ['source'] },
  { field: 'actor', ids: one(f.actor), kinds: ['actor'] },
];

/**
 * Runs the check of the given ids and the work at the same time, one round trip instead of two: a
 * failed check (the 404) wins, and the work's answer, or its failure, is then dropped.
 */
export async function checkedAlongside<T>(check: Promise<void>, work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  await check;
  return work;
}

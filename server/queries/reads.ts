// Every read query the API runs, by name, with its declared parameters and rows; and the reader the
// repositories use, which checks the parameters it sends and parses the rows it gets back once.
import type { z } from 'zod';
import type { GraphStore } from '../store/store.js';
import { ACTOR_READS } from './reads/actors.js';
import { EXPORT_READS } from './reads/export.js';
import { GRAPH_READS } from './reads/graph.js';
import { LISTING_READS } from './reads/listings.js';
import { STATEMENT_READS } from './reads/statements.js';

export const READS = { ...ACTOR_READS, ...STATEMENT_READS, ...GRAPH_READS, ...LISTING_READS, ...EXPORT_READS };
export type ReadName = keyof typeof READS;
export type ReadParams<N extends ReadName> = z.input<(typeof READS)[N]['params']>;
export type ReadRow<N extends ReadName> = z.output<(typeof READS)[N]['row']>;
export type Read = <N extends ReadName>(name: N, params: ReadParams<N>) => Promise<ReadRow<N>[]>;

/** A row that does not fit its query's declared shape: the query file and its definition disagree. */
export class RowShapeError extends Error {
  override name = 'RowShapeError';
}

export function typedReader(store: GraphStore): Read {
  return async (name, params) => {
    const def = READS[name];
    const rows = await store.read(name, def.params.parse(params));
    const parsed = def.row.array().safeParse(rows);
    if (!parsed.success) throw new RowShapeError(`Query "${name}" returned rows that do not fit its definition: ${parsed.error.message}`);
    return parsed.data as ReadRow<typeof name>[];
  };
}

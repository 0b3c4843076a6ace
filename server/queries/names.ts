// Every named query, one per file in cypher/. The reads are named by their definitions; a test keeps
// the names and the folder in step.
import { DERIVE_QUERIES, LOAD_QUERIES } from '../domain/load-plan.js';
import { READS, type ReadName } from './reads.js';

/** The write API's own steps (records are written with the domain's load queries). */
export const WRITE_QUERIES = [
  'write/delete-actors', 'write/delete-statements', 'write/delete-sources', 'write/delete-positions', 'write/delete-events', 'write/delete-places',
  'write/delete-ties-member-of', 'write/delete-ties-holds-office', 'write/delete-ties-allied-with', 'write/delete-ties-supplies-arms-to',
  'audit/record-change',
] as const;

/** Seed-format records read back from the graph (writes, imports, exports) and the audit trail. */
export const RECORD_QUERIES = [
  'records/kinds', 'records/all-kinds', 'records/actors', 'records/places', 'records/positions', 'records/sources', 'records/sources-by-url',
  'records/events', 'records/event-parts', 'records/statements', 'records/statement-parts', 'records/ties', 'records/referrers',
  'audit/change-by-id', 'audit/count-changes', 'audit/find-changes',
] as const;

/** Derived relationships built whole: once for a graph that lacks them, and by the embedded bulk load. */
export const DERIVE_ALL_QUERIES = ['derive/spoke-about-missing', 'derive/clear-spoke-about-all', 'derive/spoke-about-all'] as const;

/**
 * The derived relationships folded per pair, built whole in a transaction of their own after the ones per
 * stance (derive/spoke-about does both for some speakers). Neo4j only: LadybugDB reads the ones per stance.
 */
export const SPOKE_ABOUT_PAIRS_QUERIES = ['derive/spoke-about-pairs-all'] as const;

/**
 * A statement's links text written from its relationships, once, for a LadybugDB graph made before it
 * was kept (server/store/statement-links.ts). LadybugDB only: Neo4j reads the relationships themselves.
 */
export const STATEMENT_LINKS_QUERIES = ['derive/statement-links-missing', 'derive/statement-links'] as const;

/** The API's reads: the names their definitions declare (reads.ts). */
export const READ_QUERIES = Object.keys(READS) as ReadName[];

export type QueryName = (typeof LOAD_QUERIES)[number] | (typeof DERIVE_QUERIES)[number] | (typeof DERIVE_ALL_QUERIES)[number] | (typeof SPOKE_ABOUT_PAIRS_QUERIES)[number] | (typeof STATEMENT_LINKS_QUERIES)[number] | ReadName | (typeof WRITE_QUERIES)[number] | (typeof RECORD_QUERIES)[number];
export const QUERY_NAMES: readonly QueryName[] = [...LOAD_QUERIES, ...DERIVE_QUERIES, ...DERIVE_ALL_QUERIES, ...SPOKE_ABOUT_PAIRS_QUERIES, ...STATEMENT_LINKS_QUERIES, ...READ_QUERIES, ...WRITE_QUERIES, ...RECORD_QUERIES];

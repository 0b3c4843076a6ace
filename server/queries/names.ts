// Every named query, one per file in cypher/. A test keeps this list and the folder in step.
import { LOAD_QUERIES } from '../domain/load-plan.js';

/** The write API's own steps (records are written with the domain's load queries). */
export const WRITE_QUERIES = [
  'write/delete-actors', 'write/delete-statements', 'write/delete-sources', 'write/delete-positions', 'write/delete-events', 'write/delete-places',
  'write/delete-ties-member-of', 'write/delete-ties-holds-office', 'write/delete-ties-allied-with', 'write/delete-ties-supplies-arms-to',
  'write/unlink-statement-speakers', 'write/unlink-statement-relays', 'write/unlink-statement-targets', 'write/unlink-statement-positions', 'write/unlink-statement-sources',
  'write/unlink-statement-responses', 'write/unlink-event-places', 'write/unlink-event-participants', 'write/unlink-event-sources',
  'audit/record-change',
] as const;

/** Seed-format records read back from the graph (writes, imports, exports) and the audit trail. */
export const RECORD_QUERIES = [
  'records/kinds', 'records/actors', 'records/places', 'records/positions', 'records/sources', 'records/sources-by-url',
  'records/events', 'records/event-parts', 'records/statements', 'records/statement-parts', 'records/ties', 'records/referrers',
  'audit/change-by-id', 'audit/count-changes', 'audit/find-changes',
] as const;

export const READ_QUERIES = [
  'actor-events',
  'actor-search-texts',
  'actor-ties',
  'actors-by-ids',
  'actors-exist',
  'all-actors',
  'contradictions',
  'count-actors',
  'count-contradictions',
  'count-nodes-by-label',
  'count-relationships-by-type',
  'count-statements',
  'count-statements-about',
  'count-statements-by-speakers',
  'count-statements-by-speakers-about',
  'event-participants',
  'event-places',
  'events-between',
  'find-statements',
  'find-statements-about',
  'find-statements-by-speakers',
  'find-statements-by-speakers-about',
  'position-statements',
  'positions-with-sides',
  'search-actors',
  'source-files',
  'sources-with-counts',
  'spoke-neighbours',
  'spoken-about',
  'spoken-among',
  'statement-positions',
  'statement-responses',
  'statement-sources',
  'statement-targets',
  'statements-by-ids',
  'tie-neighbours',
  'ties-among',
] as const;

export const QUERY_NAMES = [...LOAD_QUERIES, ...READ_QUERIES, ...WRITE_QUERIES, ...RECORD_QUERIES] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

// Every named query, one per file in cypher/. A test keeps this list and the folder in step.
export const LOAD_QUERIES = [
  'load/upsert-sources', 'load/upsert-actors', 'load/upsert-places', 'load/upsert-positions', 'load/upsert-events',
  'load/upsert-statements', 'load/link-event-places', 'load/link-participants',
  'load/link-statements-about-actors', 'load/link-statements-about-events', 'load/link-statements-about-places',
  'load/link-statement-positions', 'load/link-statement-sources', 'load/link-responses',
  'load/link-memberships', 'load/link-offices', 'load/link-alliances', 'load/link-arms-supply',
] as const;

export const READ_QUERIES = [
  'actor-events',
  'actor-neighbours',
  'actor-ties',
  'actors-by-ids',
  'all-actors',
  'contradictions',
  'count-actors',
  'count-contradictions',
  'count-nodes-by-label',
  'count-relationships-by-type',
  'count-statements',
  'event-participants',
  'event-places',
  'events-between',
  'find-statements',
  'position-statements',
  'positions-with-sides',
  'search-actors',
  'sources-with-counts',
  'spoken-about',
  'statement-positions',
  'statement-responses',
  'statement-sources',
  'statement-targets',
  'statements-by-ids',
  'ties-among',
] as const;

export const QUERY_NAMES = [...LOAD_QUERIES, ...READ_QUERIES] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

// The parts of the state that become API query parameters.
import type { GraphQuery, StatementQuery } from '../api/client.js';
import type { AppState } from './state.js';

export const statementFilters = (s: AppState): StatementQuery => ({
  stance: s.filters.stances, from: s.filters.from || undefined, to: s.filters.to || undefined,
});

/** Parameters that change which graph elements the server returns (kind, edge type and stance are filtered in the page). */
export const graphQuery = (s: AppState): GraphQuery => ({
  asOf: s.asOf || undefined, from: s.filters.from || undefined, to: s.filters.to || undefined,
});

export const graphDataKey = (s: AppState) => JSON.stringify([s.root, s.root ? s.depth : 0, s.expanded, graphQuery(s)]);
/** Positions are shared by every data set of the same graph, so filters never move a node. */
export const layoutKey = (s: AppState) => (s.root ? `root:${s.root}:${s.depth}` : 'overview');

// The parts of the state that become API query parameters.
import { api, type GraphQuery, type StatementQuery } from '../api/client.js';
import type { StatementPage } from '../api/types.js';
import type { AppState, Expansion } from './state.js';

/** Statements matching the state's stance and date filters plus `query` (the API takes every stance asked for). */
export function findStatements(s: AppState, query: StatementQuery, offset: number, limit: number): Promise<StatementPage> {
  return api.statements({ ...query, stance: s.filters.stances, from: s.filters.from || undefined, to: s.filters.to || undefined, limit, offset });
}

/** Parameters that change which graph elements the server returns (kind, edge type and stance are filtered in the page). */
export const graphQuery = (s: AppState): GraphQuery => ({
  asOf: s.asOf || undefined, from: s.filters.from || undefined, to: s.filters.to || undefined,
});

const HOSTILE = ['threatens', 'condemns', 'accuses'];
const TIES = ['MEMBER_OF', 'HOLDS_OFFICE', 'ALLIED_WITH', 'SUPPLIES_ARMS_TO'];

/** What an expansion asks the neighbourhood endpoint for: everything, hostile statements only, or ties only. */
export const expansionQuery = (e: Expansion): GraphQuery =>
  (e.mode === 'hostile' ? { include: 'SPOKE_ABOUT', stance: HOSTILE.join(',') } : e.mode === 'ties' ? { include: TIES.join(',') } : {});

/** The network shows a report's graph (see graph-controller) while the state asks for it. */
export const showsReport = (s: AppState) => s.report.graph && !!s.report.name;
const reportKey = (s: AppState) => (showsReport(s) ? [s.report.name, s.report.params] : null);

export const graphDataKey = (s: AppState) => JSON.stringify([reportKey(s), s.root, s.root ? s.depth : 0, s.expanded, graphQuery(s)]);
/** Positions are shared by every data set of the same graph, so filters never move a node. */
export const layoutKey = (s: AppState) => `${s.layout || 'auto'}:${showsReport(s) ? `report:${JSON.stringify(reportKey(s))}` : s.root ? `root:${s.root}:${s.depth}` : 'overview'}`;

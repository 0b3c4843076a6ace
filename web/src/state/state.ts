// What the page shows, as one plain object: the URL holds all of it (see url.ts).
import type { ActorKind, Stance, TieType } from '../api/types.js';

export const VIEWS = ['network', 'timeline', 'pair', 'contradictions', 'reports'] as const;
export type View = (typeof VIEWS)[number];
export type EdgeType = 'SPOKE_ABOUT' | TieType;

export interface Filters {
  /** Actor kinds shown; empty means all. */
  kinds: ActorKind[];
  /** Stances shown; empty means all. */
  stances: Stance[];
  /** Statement date range, YYYY-MM-DD or ''. */
  from: string;
  to: string;
  /** Edge types shown; empty means all. */
  edges: EdgeType[];
  hideIsolated: boolean;
}

/** The reports view: which report, its parameters as typed (defaults left out), and how the results are shown. */
export interface ReportState {
  name: string;
  params: Record<string, string>;
  /** True once the report was run: a link with it shows the results. */
  run: boolean;
  /** Results sorted by this column ('' keeps the report's order; a leading '-' sorts descending). */
  sort: string;
  /** The Cypher text is shown. */
  cypher: boolean;
  /** The network shows the report's graph instead of the overview. */
  graph: boolean;
}

export interface AppState {
  view: View;
  /** What the side panel shows: the selection or the path finder. */
  panel: 'selection' | 'path';
  /** Selected actor id, or ''. */
  actor: string;
  /** Selected edge as "source>target>TYPE", or ''. */
  edge: string;
  /** Ego-network mode: the graph is this actor's neighbourhood instead of the overview. */
  root: string;
  depth: number;
  /** Hops kept around the selection; 0 shows everything. */
  focus: number;
  /** Actors whose neighbourhoods were added with "expand". */
  expanded: string[];
  /** Ties as they stood on this date, or ''. */
  asOf: string;
  filters: Filters;
  pathFrom: string;
  pathTo: string;
  pairA: string;
  pairB: string;
  position: string;
  report: ReportState;
}

export const emptyFilters = (): Filters => ({ kinds: [], stances: [], from: '', to: '', edges: [], hideIsolated: false });

export const emptyReport = (): ReportState => ({ name: '', params: {}, run: false, sort: '', cypher: false, graph: false });

export const initialState = (): AppState => ({
  view: 'network', panel: 'selection', actor: '', edge: '', root: '', depth: 1, focus: 0, expanded: [], asOf: '',
  filters: emptyFilters(), pathFrom: '', pathTo: '', pairA: '', pairB: '', position: '', report: emptyReport(),
});

export const edgeKey = (source: string, target: string, type: string) => `${source}>${target}>${type}`;
export function parseEdgeKey(key: string): { source: string; target: string; type: string } | null {
  const [source, target, type] = key.split('>');
  return source && target && type ? { source, target, type } : null;
}

// What the page shows, as one plain object: the URL holds all of it (see url.ts).
import type { ActorKind, EdgeType, Stance } from '../api/types.js';


export const VIEWS = ['network', 'timeline', 'pair', 'contradictions', 'reports'] as const;
export type View = (typeof VIEWS)[number];

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
  /** Actors without a visible connection are left out (the default: they would crowd the picture). */
  hideIsolated: boolean;
}

/** The layouts a reader can pick. */
export const LAYOUT_NAMES = ['force', 'concentric', 'kind', 'time'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** How much of an actor's neighbourhood "expand" adds: all of it, only hostile statements, or only ties. */
export const EXPAND_MODES = ['all', 'hostile', 'ties'] as const;
export type ExpandMode = (typeof EXPAND_MODES)[number];
export interface Expansion { id: string; mode: ExpandMode }

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
  /** Neighbourhoods added to the canvas with "expand", in order. */
  expanded: Expansion[];
  /** Actors taken off the canvas (they come back with "show hidden" or undo). */
  hidden: string[];
  /** Actors kept on the canvas and in place whatever the filters, focus or layout. */
  pinned: string[];
  /** The layout the reader picked; '' lets the page choose by graph size. */
  layout: LayoutName | '';
  /** A statement opened by its link (?statement=id), or ''. */
  statement: string;
  /** A source document open in the viewer, and the statement whose excerpt it highlights. */
  source: string;
  sourceQuote: string;
  /** Problems found in the URL: each names the parameter, its value and why it was ignored. */
  problems: string[];
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

export const emptyFilters = (): Filters => ({ kinds: [], stances: [], from: '', to: '', edges: [], hideIsolated: true });

export const emptyReport = (): ReportState => ({ name: '', params: {}, run: false, sort: '', cypher: false, graph: false });

export const initialState = (): AppState => ({
  view: 'network', panel: 'selection', actor: '', edge: '', root: '', depth: 1, focus: 0, expanded: [], hidden: [], pinned: [], layout: '',
  statement: '', source: '', sourceQuote: '', problems: [], asOf: '',
  filters: emptyFilters(), pathFrom: '', pathTo: '', pairA: '', pairB: '', position: '', report: emptyReport(),
});

export const edgeKey = (source: string, target: string, type: string) => `${source}>${target}>${type}`;
export function parseEdgeKey(key: string): { source: string; target: string; type: string } | null {
  const [source, target, type] = key.split('>');
  return source && target && type ? { source, target, type } : null;
}

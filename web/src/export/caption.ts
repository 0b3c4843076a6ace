// What a picture of the graph is of, in words: the view's title and the filters in force; and its legend.
import { KIND_LOOK, POLARITY_COLOR, TIE_COLOR, TIE_LOOK } from '../graph/palette.js';
import type { AppState } from '../state/state.js';
import { formatDate } from '../ui/dom.js';

type Name = (id: string) => string | undefined;

export function describeView(s: AppState, name: Name): string {
  const who = (id: string) => name(id) ?? id;
  const base = s.report.graph && s.report.name ? `Report “${s.report.name}”` : s.root ? `${who(s.root)} and their connections` : 'Who spoke about whom';
  const added = s.expanded.length ? `, with ${s.expanded.map((e) => who(e.id)).join(', ')} expanded` : '';
  return `${base}${added}`;
}

export function describeFilters(s: AppState): string {
  const f = s.filters;
  const parts = [
    f.kinds.length ? `Actors: ${f.kinds.map((k) => KIND_LOOK[k].label).join(', ')}` : '',
    f.stances.length ? `Stances: ${f.stances.join(', ')}` : '',
    f.from || f.to ? `Statements ${f.from ? `from ${formatDate(f.from)}` : ''}${f.from && f.to ? ' ' : ''}${f.to ? `to ${formatDate(f.to)}` : ''}` : '',
    f.edges.length ? `Showing: ${f.edges.map((e) => (e === 'SPOKE_ABOUT' ? 'statements' : TIE_LOOK[e].label)).join(', ')}` : '',
    s.asOf ? `Ties as of ${formatDate(s.asOf)}` : '',
    s.focus ? `Within ${s.focus} hop${s.focus > 1 ? 's' : ''} of ${s.actor || s.root}` : '',
    s.hidden.length ? `${s.hidden.length} actor${s.hidden.length > 1 ? 's' : ''} hidden` : '',
    f.hideIsolated ? 'Actors without connections left out' : '',
  ].filter(Boolean);
  return parts.length ? `Filters: ${parts.join(' · ')}.` : 'No filters: every recorded actor and connection.';
}

/** The texts around a picture of the graph. */
export interface Caption { title: string; filters: string; date: string; credit: string }

/** A legend entry: a dot in a kind's colour, or a line in a stance's or a tie's colour and dash pattern. */
export type LegendItem = { label: string; dot: string } | { label: string; line: string; dash: number[] };

/** A legend line's length: two whole repeats of the longest tie pattern, so each reads as its own pattern. */
export const LEGEND_LINE = 36;
/** Where an entry's label starts, from the entry's left edge. */
export const labelOffset = (item: LegendItem): number => ('dot' in item ? 26 : LEGEND_LINE + 6);

/** The legend of a picture, in rows: the actor kinds drawn, the stance colours, the tie lines. */
export function legendRows(kinds: ReadonlySet<string>): LegendItem[][] {
  return [
    Object.entries(KIND_LOOK).filter(([k]) => kinds.has(k)).map(([, look]) => ({ label: look.label, dot: look.color })),
    Object.entries(POLARITY_COLOR).map(([p, c]) => ({ label: `${p} statements`, line: c, dash: [] })),
    Object.values(TIE_LOOK).map((t) => ({ label: t.label, line: TIE_COLOR, dash: t.dash })),
  ];
}

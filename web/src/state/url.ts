// AppState <-> URL query string. Defaults are left out so links stay short. A parameter that cannot be read is
// left out of the state and named in `problems`, so a shared link with one bad value still shows the rest.
import { EDGE_TYPES } from '../../../server/domain/vocabulary.js';
import type { EdgeType } from '../api/types.js';
import { KINDS, STANCES } from '../graph/palette.js';
import { reportEntries, reportFromQuery } from './report-url.js';
import {
  emptyFilters, EXPAND_MODES, initialState, LAYOUT_NAMES, VIEWS, type AppState, type ExpandMode, type Expansion, type Filters, type View,
} from './state.js';

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

/** True for a real calendar day, YYYY-MM-DD, from year 1000 on. */
export function isDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || Number(m[1]) < 1000) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

class Reader {
  readonly problems: string[] = [];
  constructor(readonly p: URLSearchParams) {}

  text(name: string): string { return this.p.get(name) ?? ''; }

  day(name: string): string {
    const v = this.text(name);
    if (!v || isDay(v)) return v;
    this.problems.push(`${name}=${v} was ignored: not a date (use YYYY-MM-DD, e.g. 2023-09-19).`);
    return '';
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.p.get(name);
    if (v === null || v === '') return fallback;
    const n = Number(v);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    this.problems.push(`${name}=${v} was ignored: expected a whole number from ${min} to ${max}.`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T | ''): T | '' {
    const v = this.text(name);
    if (!v) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.problems.push(`${name}=${v} was ignored: expected one of ${allowed.join(', ')}.`);
    return fallback;
  }

  /** A comma list of known values; unknown ones are dropped and named. */
  known<T extends string>(name: string, allowed: readonly T[]): T[] {
    const values = list(this.p.get(name));
    const bad = values.filter((v) => !(allowed as readonly string[]).includes(v));
    if (bad.length) this.problems.push(`${name}: ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not known and ${bad.length === 1 ? 'was' : 'were'} ignored (known: ${allowed.join(', ')}).`);
    return values.filter((v) => !bad.includes(v)) as T[];
  }

  expansions(name: string): Expansion[] {
    return list(this.p.get(name)).flatMap((entry) => {
      const [id, mode = 'all'] = entry.split('~');
      if (id && (EXPAND_MODES as readonly string[]).includes(mode)) return [{ id, mode: mode as ExpandMode }];
      this.problems.push(`${name}: "${entry}" was ignored: expected an actor id, optionally ~hostile or ~ties.`);
      return [];
    });
  }
}

export function stateFromQuery(search: string): AppState {
  const r = new Reader(new URLSearchParams(search));
  const s = initialState();
  const isolated = r.oneOf('isolated', ['hide', 'show'], 'hide');
  const filters: Filters = {
    ...emptyFilters(),
    kinds: r.known('kinds', KINDS),
    stances: r.known('stances', STANCES),
    edges: r.known<EdgeType>('edges', EDGE_TYPES),
    from: r.day('from'), to: r.day('to'),
    hideIsolated: isolated !== 'show',
  };
  if (filters.from && filters.to && filters.from > filters.to) {
    r.problems.push(`from=${filters.from} is after to=${filters.to}: the date range was ignored.`);
    filters.from = filters.to = '';
  }
  const state: AppState = {
    ...s,
    view: r.oneOf<View>('view', VIEWS, s.view) || s.view,
    panel: r.text('panel') === 'path' ? 'path' : 'selection',
    actor: r.text('actor'), edge: r.text('edge'),
    root: r.text('root'), depth: r.int('depth', 1, 1, 3),
    focus: r.int('focus', 0, 0, 3), expanded: r.expansions('expand'), hidden: list(r.p.get('hide')), pinned: list(r.p.get('pin')),
    layout: r.oneOf('layout', LAYOUT_NAMES, ''), statement: r.text('statement'), source: r.text('source'), sourceQuote: r.text('quote'),
    asOf: r.day('asOf'), filters,
    pathFrom: r.text('pathFrom'), pathTo: r.text('pathTo'),
    pairA: r.text('a'), pairB: r.text('b'), position: r.text('position'),
    report: reportFromQuery(r.p),
  };
  return { ...state, problems: r.problems };
}

export const expansionText = (e: Expansion) => (e.mode === 'all' ? e.id : `${e.id}~${e.mode}`);

export function queryFromState(s: AppState): string {
  const f = s.filters;
  const entries: [string, string][] = [
    ['view', s.view === 'network' ? '' : s.view], ['panel', s.panel === 'path' ? 'path' : ''], ['actor', s.actor], ['edge', s.edge],
    ['statement', s.statement], ['source', s.source], ['quote', s.source ? s.sourceQuote : ''],
    ['root', s.root], ['depth', s.root && s.depth !== 1 ? String(s.depth) : ''],
    ['focus', s.focus ? String(s.focus) : ''], ['expand', s.expanded.map(expansionText).join(',')],
    ['hide', s.hidden.join(',')], ['pin', s.pinned.join(',')], ['layout', s.layout], ['asOf', s.asOf],
    ['kinds', f.kinds.join(',')], ['stances', f.stances.join(',')], ['edges', f.edges.join(',')],
    ['from', f.from], ['to', f.to], ['isolated', f.hideIsolated ? '' : 'show'],
    ['pathFrom', s.pathFrom], ['pathTo', s.pathTo], ['a', s.pairA], ['b', s.pairB], ['position', s.position],
    ...reportEntries(s.report),
  ];
  const p = new URLSearchParams(entries.filter(([, v]) => v !== ''));
  const q = p.toString().replace(/%2C/g, ',').replace(/%3E/g, '>').replace(/%7E/g, '~');
  return q ? `?${q}` : '';
}

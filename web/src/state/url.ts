// AppState <-> URL query string. Defaults are left out so links stay short.
import { reportEntries, reportFromQuery } from './report-url.js';
import { emptyFilters, initialState, VIEWS, type AppState, type Filters, type View } from './state.js';

const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
const int = (v: string | null, fallback: number, max: number): number => {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
};
const date = (v: string | null): string => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');

export function stateFromQuery(search: string): AppState {
  const p = new URLSearchParams(search);
  const s = initialState();
  const view = p.get('view');
  const filters: Filters = {
    ...emptyFilters(),
    kinds: list(p.get('kinds')) as Filters['kinds'],
    stances: list(p.get('stances')) as Filters['stances'],
    edges: list(p.get('edges')) as Filters['edges'],
    from: date(p.get('from')), to: date(p.get('to')),
    hideIsolated: p.get('isolated') === 'hide',
  };
  return {
    ...s,
    view: VIEWS.includes(view as View) ? (view as View) : s.view,
    panel: p.get('panel') === 'path' ? 'path' : 'selection',
    actor: p.get('actor') ?? '', edge: p.get('edge') ?? '',
    root: p.get('root') ?? '', depth: Math.max(1, int(p.get('depth'), 1, 3)),
    focus: int(p.get('focus'), 0, 3), expanded: list(p.get('expand')), asOf: date(p.get('asOf')), filters,
    pathFrom: p.get('pathFrom') ?? '', pathTo: p.get('pathTo') ?? '',
    pairA: p.get('a') ?? '', pairB: p.get('b') ?? '', position: p.get('position') ?? '',
    report: reportFromQuery(p),
  };
}

export function queryFromState(s: AppState): string {
  const f = s.filters;
  const entries: [string, string][] = [
    ['view', s.view === 'network' ? '' : s.view], ['panel', s.panel === 'path' ? 'path' : ''], ['actor', s.actor], ['edge', s.edge],
    ['root', s.root], ['depth', s.root && s.depth !== 1 ? String(s.depth) : ''],
    ['focus', s.focus ? String(s.focus) : ''], ['expand', s.expanded.join(',')], ['asOf', s.asOf],
    ['kinds', f.kinds.join(',')], ['stances', f.stances.join(',')], ['edges', f.edges.join(',')],
    ['from', f.from], ['to', f.to], ['isolated', f.hideIsolated ? 'hide' : ''],
    ['pathFrom', s.pathFrom], ['pathTo', s.pathTo], ['a', s.pairA], ['b', s.pairB], ['position', s.position],
    ...reportEntries(s.report),
  ];
  const p = new URLSearchParams(entries.filter(([, v]) => v !== ''));
  const q = p.toString().replace(/%2C/g, ',').replace(/%3E/g, '>');
  return q ? `?${q}` : '';
}

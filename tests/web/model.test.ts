// The page's graph model and what the filters leave of it, as pure functions: the views read these answers,
// the Cytoscape canvas only draws them.
import { describe, expect, it } from 'vitest';
import type { Elements } from '../../web/src/api/types.js';
import { GraphModel } from '../../web/src/graph/model.js';
import { visibilityOf } from '../../web/src/graph/visibility.js';
import { initialState, type AppState } from '../../web/src/state/state.js';
import { formatDateSpan } from '../../web/src/ui/dom.js';

const node = (id: string, kind = 'state') => ({ data: { id, label: id.toUpperCase(), kind, said: 1, spokenAbout: 1 } });
const spoke = (source: string, target: string, stances: Record<string, number>, polarity: 'hostile' | 'supportive' | 'critical' | 'neutral') =>
  ({ data: { id: `spoke:${source}->${target}`, source, target, type: 'SPOKE_ABOUT', count: Object.values(stances).reduce((a, b) => a + b, 0), stances, polarity } });
const tie = (source: string, target: string) => ({ data: { id: `MEMBER_OF:${source}->${target}`, source, target, type: 'MEMBER_OF' } });

// a → b (2 condemns, 1 praises), b → c (1 praises), a member of d, e alone, p a person speaking about a.
const elements: Elements = {
  nodes: [node('a'), node('b'), node('c'), node('d', 'alliance'), node('e'), node('p', 'person')],
  edges: [spoke('a', 'b', { condemns: 2, praises: 1 }, 'hostile'), spoke('b', 'c', { praises: 1 }, 'supportive'), tie('a', 'd'), spoke('p', 'a', { accuses: 1 }, 'hostile')],
  truncated: false,
};
const model = () => { const m = new GraphModel(); m.set(elements); return m; };
const state = (patch: Partial<AppState> = {}, filters: Partial<AppState['filters']> = {}): AppState =>
  ({ ...initialState(), ...patch, filters: { ...initialState().filters, ...filters } });
const shownIds = (m: GraphModel, s: AppState) => { m.show(visibilityOf(m, s)); return m.shownNodes().map((n) => n.id).sort(); };

describe('the graph model', () => {
  it('answers labels, kinds and an actor\'s edges from the loaded elements', () => {
    const m = model();
    expect(m.label('a')).toBe('A');
    expect(m.node('d')?.kind).toBe('alliance');
    expect(m.has('zz')).toBe(false);
    expect(m.edgesOf('a').map((e) => e.key).sort()).toEqual(['a>b>SPOKE_ABOUT', 'a>d>MEMBER_OF', 'p>a>SPOKE_ABOUT']);
    expect(m.edge('b>a>SPOKE_ABOUT')).toBeUndefined();
  });

  it('leaves out actors without a connection by default, and shows them when asked', () => {
    const m = model();
    expect(shownIds(m, state())).toEqual(['a', 'b', 'c', 'd', 'p']);
    expect(shownIds(m, state({}, { hideIsolated: false }))).toContain('e');
    // The selected actor stays even without a connection.
    expect(shownIds(m, state({ actor: 'e' }))).toContain('e');
  });

  it('a stance filter narrows each statement edge to its count and colour, and drops the edges left empty', () => {
    const m = model();
    m.show(visibilityOf(m, state({}, { stances: ['praises'] })));
    expect(m.edge('a>b>SPOKE_ABOUT')).toMatchObject({ count: 1, polarity: 'supportive' });
    expect(m.isShown('p>a>SPOKE_ABOUT')).toBe(false);
    expect(m.shownNodes().map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(m.shownEdgesOf('a').map((e) => e.key).sort()).toEqual(['a>b>SPOKE_ABOUT', 'a>d>MEMBER_OF']);
    // Without the filter the edge is as loaded again.
    m.show(visibilityOf(m, state()));
    expect(m.edge('a>b>SPOKE_ABOUT')).toMatchObject({ count: 3, polarity: 'hostile' });
  });

  it('kind and edge-type filters, focus, hidden and pinned actors', () => {
    const m = model();
    expect(shownIds(m, state({}, { kinds: ['state'] }))).toEqual(['a', 'b', 'c']);
    expect(shownIds(m, state({}, { edges: ['MEMBER_OF'] }))).toEqual(['a', 'd']);
    expect(shownIds(m, state({ actor: 'c', focus: 1 }))).toEqual(['b', 'c']);
    expect(shownIds(m, state({ actor: 'c', focus: 2 }))).toEqual(['a', 'b', 'c']);
    // An expansion keeps its whole neighbourhood inside the focus.
    expect(shownIds(m, state({ actor: 'c', focus: 1, expanded: [{ id: 'a', mode: 'all' }] }))).toEqual(['a', 'b', 'c', 'd', 'p']);
    expect(shownIds(m, state({ hidden: ['b'] }))).toEqual(['a', 'd', 'p']);
    // A pinned actor stays whatever the filters; hiding it still takes it off.
    expect(shownIds(m, state({ pinned: ['e'] }, { kinds: ['alliance'] }))).toEqual(['e']);
    expect(shownIds(m, state({ pinned: ['b'], hidden: ['b'] }))).not.toContain('b');
  });
});

describe('a span of dates', () => {
  it('gives each end at its own precision, and nothing when nothing is dated', () => {
    expect(formatDateSpan([{ date: '2023-09-19', datePrecision: 'day' }, { date: '2020-10-01', datePrecision: 'month' }, { date: null, datePrecision: 'unknown' }]))
      .toBe('Oct 2020 – 19 Sep 2023');
    expect(formatDateSpan([{ date: '2023-01-01', datePrecision: 'year' }])).toBe('2023');
    expect(formatDateSpan([{ date: null, datePrecision: 'unknown' }])).toBeNull();
  });
});

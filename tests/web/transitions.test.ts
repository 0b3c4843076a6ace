// The page's state changes as pure functions: what expand, hide, remove, pin and undo do to the canvas,
// and how a URL with bad parts is read.
import { describe, expect, it } from 'vitest';
import { pickLabels } from '../../web/src/graph/declutter.js';
import { separate } from '../../web/src/graph/overlap.js';
import { initialState, type AppState } from '../../web/src/state/state.js';
import * as T from '../../web/src/state/transitions.js';
import { queryFromState, stateFromQuery } from '../../web/src/state/url.js';

const apply = (s: AppState, patch: T.Patch): AppState => ({ ...s, ...patch });

describe('working set transitions', () => {
  it('expand adds a neighbourhood to what is there, and a narrower expansion is kept apart', () => {
    let s = apply(initialState(), { root: 'european-union' });
    s = apply(s, T.expand(s, 'josep-borrell'));
    s = apply(s, T.expand(s, 'azerbaijan', 'hostile'));
    expect(s.root).toBe('european-union');
    expect(s.expanded).toEqual([{ id: 'josep-borrell', mode: 'all' }, { id: 'azerbaijan', mode: 'hostile' }]);
    expect(s.actor).toBe('azerbaijan');
    expect(s.focus).toBe(0);
  });

  it('hide takes an actor off and deselects it; remove also drops what expanding it added', () => {
    let s = apply(initialState(), { actor: 'hungary', expanded: [{ id: 'hungary', mode: 'all' }], pinned: ['hungary'] });
    const hidden = apply(s, T.hide(s, 'hungary'));
    expect(hidden).toMatchObject({ hidden: ['hungary'], pinned: [], actor: '', expanded: [{ id: 'hungary', mode: 'all' }] });
    s = apply(s, T.remove(s, 'hungary'));
    expect(s).toMatchObject({ hidden: ['hungary'], expanded: [] });
    expect(apply(s, T.showHidden(s)).hidden).toEqual([]);
  });

  it('pin toggles', () => {
    const s = initialState();
    const pinned = apply(s, T.togglePin(s, 'armenia'));
    expect(pinned.pinned).toEqual(['armenia']);
    expect(apply(pinned, T.togglePin(pinned, 'armenia')).pinned).toEqual([]);
  });

  it('undo gives back the canvas before a change, redo the one after; a new change clears redo', () => {
    let h = T.emptyHistory();
    const s0 = initialState();
    const s1 = apply(s0, T.expand(s0, 'azerbaijan'));
    h = T.record(h, T.workingSetOf(s0), T.workingSetOf(s1));
    const s2 = apply(s1, T.hide(s1, 'russia'));
    h = T.record(h, T.workingSetOf(s1), T.workingSetOf(s2));
    const back = T.undo(h, T.workingSetOf(s2))!;
    expect(back.set).toEqual(T.workingSetOf(s1));
    const forward = T.redo(back.history, back.set)!;
    expect(forward.set).toEqual(T.workingSetOf(s2));
    const twice = T.undo(back.history, back.set)!;
    expect(twice.set).toEqual(T.workingSetOf(s0));
    expect(T.undo(twice.history, twice.set)).toBeNull();
    const branched = T.record(back.history, back.set, { ...back.set, pinned: ['x'] });
    expect(branched.future).toEqual([]);
    // Selecting an actor changes no canvas: nothing to undo.
    expect(T.record(h, T.workingSetOf(s2), T.workingSetOf({ ...s2, actor: 'armenia' }))).toBe(h);
  });
});

describe('the URL', () => {
  it('round-trips the working set', () => {
    const s = { ...initialState(), expanded: [{ id: 'a', mode: 'all' as const }, { id: 'b', mode: 'ties' as const }], hidden: ['c'], pinned: ['d'], layout: 'kind' as const };
    const back = stateFromQuery(queryFromState(s));
    expect(back).toMatchObject({ expanded: s.expanded, hidden: ['c'], pinned: ['d'], layout: 'kind', problems: [] });
  });

  it('names each bad parameter, drops only it, and keeps the rest', () => {
    const s = stateFromQuery('?actor=azerbaijan&from=2023-13-45&to=2023-09-30&stances=condemns,shouts&focus=9&layout=spiral');
    expect(s.actor).toBe('azerbaijan');
    expect(s.filters).toMatchObject({ from: '', to: '2023-09-30', stances: ['condemns'] });
    expect(s.focus).toBe(0);
    expect(s.layout).toBe('');
    expect(s.problems).toHaveLength(4);
    expect(s.problems.join(' ')).toContain('from=2023-13-45');
    expect(s.problems.join(' ')).toContain('shouts');
    expect(stateFromQuery('?from=0002-09-19').problems[0]).toContain('0002-09-19');
  });

  it('hides actors without connections unless the link says isolated=show', () => {
    expect(stateFromQuery('').filters.hideIsolated).toBe(true);
    expect(stateFromQuery('?isolated=show').filters.hideIsolated).toBe(false);
    expect(queryFromState(stateFromQuery('?isolated=show'))).toBe('?isolated=show');
  });
});

describe('layout helpers', () => {
  it('labels are kept in priority order only where they overlap no kept label', () => {
    const kept = pickLabels([
      { id: 'a', x1: 0, y1: 0, x2: 100, y2: 20 },
      { id: 'b', x1: 50, y1: 10, x2: 150, y2: 30 },
      { id: 'c', x1: 101, y1: 0, x2: 200, y2: 9 },
      { id: 'd', x1: 0, y1: 21, x2: 40, y2: 40 },
    ]);
    expect([...kept]).toEqual(['a', 'c', 'd']);
  });

  it('overlapping and coincident nodes are pushed apart', () => {
    const discs = [{ id: 'a', x: 0, y: 0, r: 20 }, { id: 'b', x: 0, y: 0, r: 20 }, { id: 'c', x: 5, y: 3, r: 30 }];
    separate(discs, 8, 200);
    for (const [i, a] of discs.entries()) for (const b of discs.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + 8 - 0.5);
  });
});

describe('dates at their precision', () => {
  it('shows only what is known', async () => {
    const { formatDate } = await import('../../web/src/ui/dom.js');
    expect(formatDate('2020-10-01', 'month')).toBe('Oct 2020');
    expect(formatDate('2023-01-01', 'year')).toBe('2023');
    expect(formatDate('2023-09-19', 'approximate')).toBe('c. 19 Sep 2023');
    expect(formatDate('2023-09-19')).toBe('19 Sep 2023');
    expect(formatDate(null, 'unknown')).toBe('undated');
  });
});

// Every change a reader makes to what the page shows, as a pure function of the state: easy to test, and the
// one place that knows what, say, "expand" or "hide" means. The store applies the patches they return.
import type { AppState, ExpandMode, Expansion, Filters } from './state.js';
import { emptyFilters } from './state.js';

export type Patch = Partial<AppState>;

/** The parts of the state that make up the canvas: what undo and redo step through. */
export interface WorkingSet { root: string; depth: number; focus: number; expanded: Expansion[]; hidden: string[]; pinned: string[] }

export const workingSetOf = (s: AppState): WorkingSet => ({ root: s.root, depth: s.depth, focus: s.focus, expanded: s.expanded, hidden: s.hidden, pinned: s.pinned });

const without = (ids: string[], id: string) => ids.filter((x) => x !== id);

/** Selects an actor; one not on the canvas becomes the centre of a new neighbourhood view. */
export function selectActor(s: AppState, id: string, onCanvas: boolean): Patch {
  const leave: Patch = onCanvas ? {} : { root: id, depth: 1, expanded: [], hidden: without(s.hidden, id), report: { ...s.report, graph: false } };
  return { actor: id, edge: '', statement: '', panel: 'selection', view: 'network', ...leave };
}

/** Adds an actor's neighbourhood (all of it, only hostile statements, or only ties) to the canvas and selects it. */
export function expand(s: AppState, id: string, mode: ExpandMode = 'all'): Patch {
  const expanded = [...s.expanded.filter((e) => !(e.id === id && e.mode === mode)), { id, mode }];
  return { actor: id, edge: '', expanded, hidden: without(s.hidden, id) };
}

/** Takes an actor off the canvas for now (listed as hidden; "show hidden" or undo brings it back). */
export function hide(s: AppState, id: string): Patch {
  return { hidden: [...without(s.hidden, id), id], pinned: without(s.pinned, id), ...(s.actor === id ? { actor: '' } : {}) };
}

export const showHidden = (s: AppState, id?: string): Patch => ({ hidden: id ? without(s.hidden, id) : [] });

/** Drops an actor from the working set: what its expansions added goes with it, and it leaves the canvas. */
export function remove(s: AppState, id: string): Patch {
  return { ...hide(s, id), expanded: s.expanded.filter((e) => e.id !== id) };
}

/** Pins or unpins: a pinned actor stays on the canvas, in place, whatever the filters, focus or layout. */
export function togglePin(s: AppState, id: string): Patch {
  return { pinned: s.pinned.includes(id) ? without(s.pinned, id) : [...s.pinned, id] };
}

/** Back to the whole network. */
export const showAll = (s: AppState): Patch => ({ root: '', focus: 0, expanded: [], hidden: [], report: { ...s.report, graph: false } });

export const setFilters = (s: AppState, patch: Partial<Filters>): Patch => ({ filters: { ...s.filters, ...patch } });
export const resetFilters = (): Patch => ({ filters: emptyFilters(), asOf: '' });

/** Undo and redo over working sets: `past` ends with the one before the current, `future` starts with the next. */
export interface History { past: WorkingSet[]; future: WorkingSet[] }
export const emptyHistory = (): History => ({ past: [], future: [] });
const LIMIT = 100;
const same = (a: WorkingSet, b: WorkingSet) => JSON.stringify(a) === JSON.stringify(b);

/** Records the step from `before` to `after` (nothing when the canvas did not change); a new step clears redo. */
export function record(h: History, before: WorkingSet, after: WorkingSet): History {
  if (same(before, after)) return h;
  return { past: [...h.past, before].slice(-LIMIT), future: [] };
}

export function undo(h: History, current: WorkingSet): { history: History; set: WorkingSet } | null {
  const set = h.past.at(-1);
  return set ? { history: { past: h.past.slice(0, -1), future: [current, ...h.future] }, set } : null;
}

export function redo(h: History, current: WorkingSet): { history: History; set: WorkingSet } | null {
  const [set, ...rest] = h.future;
  return set ? { history: { past: [...h.past, current], future: rest }, set } : null;
}

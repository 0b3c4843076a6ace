// The one store: state plus subscribers, kept in step with the URL (push for navigation, replace for tweaks).
import type { AppState } from './state.js';
import { emptyHistory, record, redo, undo, workingSetOf, type History, type Patch } from './transitions.js';
import { queryFromState, stateFromQuery } from './url.js';

export type Listener = (state: AppState, previous: AppState) => void;
export type HistoryMode = 'push' | 'replace';

export class Store {
  private state: AppState;
  private listeners = new Set<Listener>();
  private history: History = emptyHistory();

  constructor() {
    this.state = stateFromQuery(location.search);
    window.addEventListener('popstate', () => this.apply(stateFromQuery(location.search)));
  }

  get(): AppState { return this.state; }

  /** Changes the state, records it in the URL (and a change of the canvas for undo) and tells every subscriber. */
  set(patch: Patch, mode: HistoryMode = 'push'): void {
    this.history = record(this.history, workingSetOf(this.state), workingSetOf({ ...this.state, ...patch }));
    this.write(patch, mode);
  }

  get canUndo(): boolean { return this.history.past.length > 0; }
  get canRedo(): boolean { return this.history.future.length > 0; }

  /** Puts the canvas back as it was before the last change (or forward again, with redo). */
  undo(): void { this.step(undo(this.history, workingSetOf(this.state))); }
  redo(): void { this.step(redo(this.history, workingSetOf(this.state))); }

  private step(result: ReturnType<typeof undo>): void {
    if (!result) return;
    this.history = result.history;
    const keep = (id: string) => !result.set.hidden.includes(id);
    this.write({ ...result.set, actor: keep(this.state.actor) ? this.state.actor : '' }, 'push');
  }

  private write(patch: Patch, mode: HistoryMode): void {
    const next = { ...this.state, ...patch };
    const query = queryFromState(next);
    if (query !== location.search) {
      const url = `${location.pathname}${query}`;
      if (mode === 'push') history.pushState(null, '', url); else history.replaceState(null, '', url);
    }
    this.apply(next);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(next: AppState): void {
    const previous = this.state;
    this.state = next;
    this.listeners.forEach((l) => l(next, previous));
  }
}

/** True when any of the named parts of the state changed. */
export const changed = (a: AppState, b: AppState, ...keys: (keyof AppState)[]): boolean =>
  keys.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

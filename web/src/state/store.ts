// The one store: state plus subscribers, kept in step with the URL (push for navigation, replace for tweaks).
import type { AppState } from './state.js';
import { queryFromState, stateFromQuery } from './url.js';

export type Listener = (state: AppState, previous: AppState) => void;
export type HistoryMode = 'push' | 'replace';

export class Store {
  private state: AppState;
  private listeners = new Set<Listener>();

  constructor() {
    this.state = stateFromQuery(location.search);
    window.addEventListener('popstate', () => this.apply(stateFromQuery(location.search)));
  }

  get(): AppState { return this.state; }

  /** Changes the state, records it in the URL and tells every subscriber. */
  set(patch: Partial<AppState>, mode: HistoryMode = 'push'): void {
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

// What every view may use: the store and the few actions that change what is selected.
import type { Network } from '../graph/network.js';
import type { Store } from '../state/store.js';

export interface Actions {
  selectActor(id: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
  expand(id: string): void;
  showPath(from: string, to: string): void;
  openPair(a: string, b: string): void;
}

export interface Ctx { store: Store; network: Network; actions: Actions }

// What every view may use: the store, the few actions that change what is selected, and editing.
import type { ActorDetail, ActorRef, Statement } from '../api/types.js';
import type { GraphModel } from '../graph/model.js';
import type { Network } from '../graph/network.js';
import type { ExpandMode } from '../state/state.js';
import type { Store } from '../state/store.js';

export interface Actions {
  selectActor(id: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
  expand(id: string, mode?: ExpandMode): void;
  hide(id: string): void;
  remove(id: string): void;
  togglePin(id: string): void;
  undo(): void;
  redo(): void;
  openStatement(id: string): void;
  /** Opens a source document in the viewer, at the excerpt a statement cites when one is given. */
  openSource(source: string, statement?: string): void;
  showPath(from: string, to: string): void;
  openPair(a: string, b: string): void;
}

/** The edit forms, offered while signed in with a token. */
export interface Editing {
  readonly signedIn: boolean;
  /** A statement card's "Edit", or nothing while signed out. */
  statementAction(): ((s: Statement) => void) | undefined;
  addStatement(speaker?: ActorRef): void;
  editActor(actor: ActorDetail): void;
}

/** `graph` is the loaded graph that views read; `network` only draws it. */
export interface Ctx { store: Store; graph: GraphModel; network: Network; actions: Actions; edit: Editing }

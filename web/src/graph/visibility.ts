// Which actors and connections the filters, the focus, the hidden list and the pins leave on screen, as a pure
// function of the loaded graph and the state (the network draws the answer; views read it from the model).
import type { Stance } from '../api/types.js';
import type { AppState } from '../state/state.js';
import type { GraphModel, ModelEdge } from './model.js';
import { dominantStance, polarityOf } from './palette.js';

export interface Visibility {
  /** Ids of the hidden actors and keys of the hidden edges. */
  hidden: Set<string>;
  /** Statement edges as the stance filter leaves them: how many statements, and the dominant polarity. */
  edges: Map<string, Pick<ModelEdge, 'count' | 'polarity'>>;
}

type Graph = Pick<GraphModel, 'nodes' | 'edges' | 'edgesOf' | 'has'>;

/** Count and dominant polarity of a statement edge once only the allowed stances count. */
function narrowed(edge: ModelEdge, allowed: Set<Stance> | null): Pick<ModelEdge, 'count' | 'polarity'> {
  if (!allowed) return { count: edge.count ?? 1, polarity: edge.polarity };
  const kept = Object.entries(edge.stances ?? {}).filter(([stance]) => allowed.has(stance as Stance));
  const count = kept.reduce((sum, [, n]) => sum + n, 0);
  // The same dominant stance as the server's, so keeping every stance leaves the colour as it was.
  return { count, polarity: count ? polarityOf(dominantStance(Object.fromEntries(kept)) ?? '') : edge.polarity };
}

export function visibilityOf(graph: Graph, state: AppState): Visibility {
  const f = state.filters;
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const types = f.edges.length ? new Set<string>(f.edges) : null;
  const stances = f.stances.length ? new Set(f.stances) : null;
  const removed = new Set(state.hidden);
  const hidden = new Set<string>();
  for (const n of graph.nodes()) if ((kinds && !kinds.has(n.kind)) || removed.has(n.id)) hidden.add(n.id);
  const edges = new Map<string, Pick<ModelEdge, 'count' | 'polarity'>>();
  for (const e of graph.edges()) {
    const statements = e.type === 'SPOKE_ABOUT' ? narrowed(e, stances) : null;
    if (statements) edges.set(e.key, statements);
    if ((types && !types.has(e.type)) || statements?.count === 0 || hidden.has(e.source) || hidden.has(e.target)) hidden.add(e.key);
  }
  const open = (id: string) => graph.edgesOf(id).filter((e) => !hidden.has(e.key));
  if (f.hideIsolated) {
    for (const n of graph.nodes()) if (!hidden.has(n.id) && n.id !== state.actor && !open(n.id).length) hidden.add(n.id);
  }
  const anchor = state.actor || state.root;
  if (state.focus > 0 && graph.has(anchor)) {
    const ball = new Set([anchor]);
    for (let i = 0; i < state.focus; i++) {
      for (const id of [...ball]) for (const e of open(id)) { ball.add(e.source); ball.add(e.target); }
    }
    for (const x of state.expanded) if (graph.has(x.id)) { ball.add(x.id); graph.edgesOf(x.id).forEach((e) => { ball.add(e.source); ball.add(e.target); }); }
    for (const n of graph.nodes()) {
      if (ball.has(n.id)) continue;
      hidden.add(n.id);
      graph.edgesOf(n.id).forEach((e) => hidden.add(e.key));
    }
  }
  // Pinned actors stay whatever the filters and focus (though "hide" still takes them off).
  for (const id of state.pinned) if (!removed.has(id)) hidden.delete(id);
  return { hidden, edges };
}

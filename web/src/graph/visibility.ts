// Which elements the filters, the focus and the expansions leave on screen. One pass, in one cy.batch,
// touching only the elements whose state changes (a class change restyles an element).
import type { Collection, Core, EdgeSingular, NodeCollection } from 'cytoscape';
import type { Stance } from '../api/types.js';
import type { AppState } from '../state/state.js';
import { edgeWidth } from './elements.js';
import { dominantStance, polarityOf } from './palette.js';

/** Sets data only when it differs, so unchanged edges are not restyled. */
function setData(edge: EdgeSingular, data: Record<string, unknown>): void {
  if (Object.entries(data).some(([k, v]) => edge.data(k) !== v)) edge.data(data);
}

/** Count and dominant polarity of an edge once the stance filter is applied; returns the count. */
function restyleForStances(edge: EdgeSingular, allowed: Set<Stance> | null): number {
  if (edge.data('type') !== 'SPOKE_ABOUT') return 1;
  const base = edge.data('baseCount') as number;
  if (!allowed) {
    setData(edge, { count: base, width: edgeWidth(base), polarity: edge.data('basePolarity') });
    return base;
  }
  const kept = Object.entries((edge.data('stances') ?? {}) as Record<string, number>).filter(([stance]) => allowed.has(stance as Stance));
  const count = kept.reduce((sum, [, n]) => sum + n, 0);
  // The same dominant stance as the server's, so keeping every stance leaves the colour as it was.
  if (count) setData(edge, { count, width: edgeWidth(count), polarity: polarityOf(dominantStance(Object.fromEntries(kept)) ?? '') });
  return count;
}

/** Adds a class to exactly `these` elements, removing it from all others, with the fewest changes. */
export function classExactly(cy: Core, cls: string, these: Collection): void {
  cy.elements(`.${cls}`).not(these).removeClass(cls);
  these.not(`.${cls}`).addClass(cls);
}

function hiddenBy(cy: Core, state: AppState): Collection {
  const f = state.filters;
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const types = f.edges.length ? new Set<string>(f.edges) : null;
  const stances = f.stances.length ? new Set(f.stances) : null;
  const hiddenNodes = kinds ? cy.nodes().filter((n) => !kinds.has(n.data('kind'))) : cy.collection();
  const hiddenIds = new Set(hiddenNodes.map((n) => n.id()));
  const hiddenEdges = cy.edges().filter((e) =>
    (!!types && !types.has(e.data('type'))) || restyleForStances(e, stances) === 0 ||
    hiddenIds.has(e.data('source')) || hiddenIds.has(e.data('target')));
  let hidden = hiddenNodes.union(hiddenEdges);
  if (f.hideIsolated) {
    hidden = hidden.union(cy.nodes().not(hidden).nodes().filter((n) => n.id() !== state.actor && n.connectedEdges().not(hidden).empty()));
  }
  const anchor = cy.getElementById(state.actor || state.root).filter('node') as NodeCollection;
  if (state.focus > 0 && anchor.nonempty()) {
    let ball: NodeCollection = anchor;
    for (let i = 0; i < state.focus; i++) ball = ball.union(ball.connectedEdges().not(hidden).connectedNodes()).nodes();
    state.expanded.forEach((id) => { ball = ball.union(cy.getElementById(id).closedNeighborhood().nodes()).nodes(); });
    const outside = cy.nodes().not(ball);
    hidden = hidden.union(outside).union(outside.connectedEdges());
  }
  return hidden;
}

export function applyVisibility(cy: Core, state: AppState): void {
  cy.batch(() => classExactly(cy, 'hidden', hiddenBy(cy, state)));
}

export const visible = (cy: Core) => cy.elements().not('.hidden');

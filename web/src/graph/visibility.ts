// Which elements the filters, the focus and the expansions leave on screen. One pass, in one cy.batch.
import type { Core, EdgeSingular, NodeCollection } from 'cytoscape';
import type { Stance } from '../api/types.js';
import type { AppState } from '../state/state.js';
import { edgeWidth } from './elements.js';
import { polarityOf } from './palette.js';

/** Count and dominant polarity of an edge once the stance filter is applied. */
function restyleForStances(edge: EdgeSingular, allowed: Set<Stance> | null): number {
  if (edge.data('type') !== 'SPOKE_ABOUT') return 1;
  const stances = (edge.data('stances') ?? {}) as Record<string, number>;
  if (!allowed) {
    edge.data({ count: edge.data('baseCount'), width: edgeWidth(edge.data('baseCount')), polarity: edge.data('basePolarity') });
    return edge.data('baseCount') as number;
  }
  let count = 0;
  let top: [string, number] = ['', 0];
  for (const [stance, n] of Object.entries(stances)) {
    if (!allowed.has(stance as Stance)) continue;
    count += n;
    if (n > top[1]) top = [stance, n];
  }
  if (count) edge.data({ count, width: edgeWidth(count), polarity: polarityOf(top[0]) });
  return count;
}

export function applyVisibility(cy: Core, state: AppState): void {
  const f = state.filters;
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const types = f.edges.length ? new Set<string>(f.edges) : null;
  const stances = f.stances.length ? new Set(f.stances) : null;
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    const hiddenNodes = cy.nodes().filter((n) => !!kinds && !kinds.has(n.data('kind')));
    const hiddenEdges = cy.edges().filter((e) =>
      (!!types && !types.has(e.data('type'))) || restyleForStances(e, stances) === 0 ||
      hiddenNodes.contains(e.source()) || hiddenNodes.contains(e.target()));
    hiddenNodes.addClass('hidden');
    hiddenEdges.addClass('hidden');

    let shown = cy.nodes().not(hiddenNodes).nodes();
    if (f.hideIsolated) {
      const isolated = shown.filter((n) => n.connectedEdges().not('.hidden').length === 0 && n.id() !== state.actor);
      isolated.addClass('hidden');
      shown = shown.not(isolated).nodes();
    }
    const anchors = focusAnchors(cy, state);
    if (state.focus > 0 && anchors.length) {
      let ball: NodeCollection = anchors;
      for (let i = 0; i < state.focus; i++) ball = ball.union(ball.connectedEdges().not('.hidden').connectedNodes()).nodes();
      state.expanded.forEach((id) => { ball = ball.union(cy.getElementById(id).closedNeighborhood().nodes()).nodes(); });
      const outside = shown.not(ball);
      outside.addClass('hidden');
      outside.connectedEdges().addClass('hidden');
    }
  });
}

function focusAnchors(cy: Core, state: AppState): NodeCollection {
  if (state.actor) return cy.getElementById(state.actor).filter('node') as NodeCollection;
  if (state.root) return cy.getElementById(state.root).filter('node') as NodeCollection;
  return cy.collection() as NodeCollection;
}

export const visible = (cy: Core) => cy.elements().not('.hidden');

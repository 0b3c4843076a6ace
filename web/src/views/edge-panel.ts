// A clicked edge: every statement from one actor about the other, or the tie with its source.
import { api } from '../api/client.js';
import type { Ctx } from '../app/context.js';
import type { TieType } from '../api/types.js';
import { TIE_LOOK } from '../graph/palette.js';
import { edgeKey, parseEdgeKey } from '../state/state.js';
import { findStatements } from '../state/query.js';
import { formatDateSpan, h } from '../ui/dom.js';
import { into } from '../ui/status.js';
import { describeEdge } from './connections.js';
import { actorButton, stanceBadge, statementList } from './statement-card.js';
import { cardActions } from './card-actions.js';
import { tieLine } from './ties.js';

export function edgePanel(ctx: Ctx, key: string): HTMLElement {
  const parts = parseEdgeKey(key);
  const edge = ctx.graph.edge(key);
  if (!parts) return h('p', { class: 'state state-empty' }, 'This connection is not in the graph.');
  const name = (id: string) => ctx.graph.label(id) ?? id;
  const ref = (id: string) => ({ id, name: name(id), kind: ctx.graph.node(id)?.kind ?? 'actor' });
  const onActor = ctx.actions.selectActor;
  const reverse = edgeKey(parts.target, parts.source, parts.type);
  const hasReverse = !!ctx.graph.edge(reverse);
  const head = h('header', { class: 'panel-head' },
    h('h2', {}, actorButton(ref(parts.source), onActor), ' → ', actorButton(ref(parts.target), onActor)),
    edge && h('p', {}, describeEdge(ctx.graph, edge)),
    h('div', { class: 'actions' },
      hasReverse && h('button', { type: 'button', class: 'btn', onclick: () => ctx.actions.selectEdge(reverse) }, `What ${name(parts.target)} said back`),
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.actions.openPair(parts.source, parts.target) }, 'Pair view')));

  // A report's graph may draw other links (a statement's SAID and ABOUT): described, with nothing to fetch.
  if (parts.type !== 'SPOKE_ABOUT' && !(parts.type in TIE_LOOK)) {
    return h('div', { class: 'edge-panel' }, head, edge?.detail && h('p', {}, edge.detail));
  }
  if (parts.type !== 'SPOKE_ABOUT') {
    const body = h('div', {});
    void into(body, () => api.actor(parts.source, ctx.store.get().asOf || undefined), (a) => {
      const ties = a.ties.filter((t) => t.type === parts.type && t.from.id === parts.source && t.to.id === parts.target);
      return ties.length ? h('ul', { class: 'ties' }, ties.map((t) => tieLine(t, onActor))) : h('p', {}, TIE_LOOK[parts.type as TieType]?.label ?? parts.type);
    });
    return h('div', { class: 'edge-panel' }, head, body);
  }
  const stances = Object.entries(edge?.stances ?? {}).sort((a, b) => b[1] - a[1]);
  // The edge carries its first and last day but not their precision: the span is read from the statements.
  const span = h('p', { class: 'small edge-dates' });
  void findStatements(ctx.store.get(), { speaker: [parts.source], about: [parts.target] }, 0, Math.min(200, edge?.count ?? 200))
    .then((page) => { span.textContent = formatDateSpan(page.items) ?? ''; }, () => undefined);
  return h('div', { class: 'edge-panel' }, head,
    stances.length > 0 && h('p', { class: 'stance-counts' }, stances.map(([s, n]) => h('span', {}, stanceBadge(s), ` ${n} `))),
    span,
    h('h3', {}, `Statements by ${name(parts.source)} about ${name(parts.target)}`),
    statementList((offset) => findStatements(ctx.store.get(), { speaker: [parts.source], about: [parts.target] }, offset, 20),
      cardActions(ctx), 'No statements on this connection match the filters.'));
}

// The selected actor's visible edges as a keyboard-friendly list: each opens the statements on that edge.
import type { Ctx } from '../app/context.js';
import type { TieType } from '../api/types.js';
import type { GraphModel, ModelEdge } from '../graph/model.js';
import { POLARITY_COLOR, TIE_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';

export function describeEdge(graph: GraphModel, e: ModelEdge): string {
  const from = graph.label(e.source) ?? e.source;
  const to = graph.label(e.target) ?? e.target;
  if (e.type === 'SPOKE_ABOUT') {
    const n = e.count ?? 1;
    return `${from} spoke about ${to}: ${n} statement${n === 1 ? '' : 's'}, mostly ${e.polarity ?? 'neutral'}`;
  }
  return `${from} ${TIE_LOOK[e.type as TieType]?.verb ?? e.type} ${to}${e.detail ? ` (${e.detail})` : ''}`;
}

const MAX_SHOWN = 25;

export function connections(ctx: Ctx, actorId: string): HTMLElement | null {
  if (!ctx.graph.has(actorId)) return null;
  const edges = ctx.graph.shownEdgesOf(actorId).sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
  if (!edges.length) return h('p', { class: 'state state-empty' }, 'No visible connections with the current filters.');
  const shown = edges.slice(0, MAX_SHOWN);
  return h('div', {}, h('ul', { class: 'connections' }, shown.map((e) => h('li', {},
    h('button', { type: 'button', class: 'connection', onclick: () => ctx.actions.selectEdge(e.key) },
      h('span', { class: 'swatch', style: `background:${e.type === 'SPOKE_ABOUT' && e.polarity ? POLARITY_COLOR[e.polarity] : e.type === 'SPOKE_ABOUT' ? '#888' : 'transparent'}`, 'aria-hidden': 'true' }),
      describeEdge(ctx.graph, e))))),
  edges.length > MAX_SHOWN && h('p', { class: 'small' }, `…and ${edges.length - MAX_SHOWN} more; use the filters or focus to narrow them.`));
}

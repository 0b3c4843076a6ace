// The selected actor's visible edges as a keyboard-friendly list: each opens the statements on that edge.
import type { EdgeSingular } from 'cytoscape';
import type { Ctx } from '../app/context.js';
import type { TieType } from '../api/types.js';
import { POLARITY_COLOR, TIE_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';

export function describeEdge(e: EdgeSingular): string {
  const from = e.source().data('label') as string;
  const to = e.target().data('label') as string;
  if (e.data('type') === 'SPOKE_ABOUT') {
    const n = e.data('count') as number;
    return `${from} spoke about ${to}: ${n} statement${n === 1 ? '' : 's'}, mostly ${e.data('polarity') ?? 'neutral'}`;
  }
  return `${from} ${TIE_LOOK[e.data('type') as TieType]?.verb ?? e.data('type')} ${to}${e.data('detail') ? ` (${e.data('detail')})` : ''}`;
}

const MAX_SHOWN = 25;

export function connections(ctx: Ctx, actorId: string): HTMLElement | null {
  const node = ctx.network.cy.getElementById(actorId);
  if (node.empty()) return null;
  const edges = node.connectedEdges().not('.hidden').sort((a, b) => (b.data('count') ?? 0) - (a.data('count') ?? 0));
  if (!edges.length) return h('p', { class: 'state state-empty' }, 'No visible connections with the current filters.');
  const shown = edges.slice(0, MAX_SHOWN);
  return h('div', {}, h('ul', { class: 'connections' }, shown.map((el) => el as EdgeSingular).map((e) => h('li', {},
    h('button', { type: 'button', class: 'connection', onclick: () => ctx.actions.selectEdge(e.id()) },
      h('span', { class: 'swatch', style: `background:${e.data('type') === 'SPOKE_ABOUT' ? POLARITY_COLOR[e.data('polarity') as keyof typeof POLARITY_COLOR] ?? '#888' : 'transparent'}`, 'aria-hidden': 'true' }),
      describeEdge(e))))),
  edges.length > MAX_SHOWN && h('p', { class: 'small' }, `…and ${edges.length - MAX_SHOWN} more; use the filters or focus to narrow them.`));
}

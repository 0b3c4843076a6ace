// A statement drawn as a node (a report's graph can show the statements on a connection): its card.
import { api } from '../api/client.js';
import type { Ctx } from '../app/context.js';
import { h } from '../ui/dom.js';
import { into } from '../ui/status.js';
import { statementCard } from './statement-card.js';
import { cardActions } from './card-actions.js';

export function statementPanel(ctx: Ctx, id: string): HTMLElement {
  const body = h('div', { class: 'cards' });
  void into(body, () => api.statement(id), (st) => statementCard(st, cardActions(ctx)), 'Loading statement…');
  return h('div', { class: 'statement-panel' }, h('header', { class: 'panel-head' }, h('h2', {}, 'Statement')), body);
}

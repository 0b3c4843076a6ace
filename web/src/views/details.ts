// The selected actor: who they are, their ties, what they said and what was said about them.
import { api } from '../api/client.js';
import type { ActorDetail } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { kindLook } from '../graph/palette.js';
import { findStatements } from '../state/query.js';
import { formatDate, h } from '../ui/dom.js';
import { into } from '../ui/status.js';
import { tabs } from '../ui/tabs.js';
import { connections } from './connections.js';
import { historyList } from './history.js';
import { statementPanel } from './statement-panel.js';
import { statementList } from './statement-card.js';
import { tieSections } from './ties.js';

/** Nodes that are not actors (a report's graph may draw statements, events or places). */
const NOT_ACTORS = new Set(['statement', 'event', 'place', 'node']);

export function detailsPanel(ctx: Ctx, id: string): HTMLElement {
  const node = ctx.network.cy.getElementById(id);
  const kind = node.nonempty() ? (node.data('kind') as string) : '';
  if (kind === 'statement') return statementPanel(ctx, id);
  if (NOT_ACTORS.has(kind)) {
    return h('div', { class: 'details' }, h('header', { class: 'panel-head' }, h('h2', {}, node.data('label') as string), h('p', { class: 'kind' }, kind)));
  }
  const body = h('div', { class: 'details' });
  void into(body, () => api.actor(id, ctx.store.get().asOf || undefined), (a) => render(ctx, a), 'Loading actor…');
  return body;
}

function render(ctx: Ctx, a: ActorDetail): Node[] {
  const state = ctx.store.get();
  const onActor = ctx.actions.selectActor;
  const look = kindLook(a.kind);
  const page = (key: 'speaker' | 'about') => (offset: number) => findStatements(ctx.store.get(), { [key]: [a.id] }, offset, 10);
  const onEdit = ctx.edit.statementAction();
  const focus = h('select', { 'aria-label': 'Hops to keep around this actor', onchange: (e: Event) => ctx.store.set({ focus: Number((e.target as HTMLSelectElement).value) }) },
    [0, 1, 2, 3].map((n) => h('option', { value: n, selected: state.focus === n }, n ? `Focus: ${n} hop${n > 1 ? 's' : ''}` : 'Focus: off')));
  return [
    h('header', { class: 'panel-head' },
      h('h2', { id: 'details-title' }, a.name),
      h('p', { class: 'kind' }, h('span', { class: 'kind-dot', style: `background:${look.color}`, 'aria-hidden': 'true' }), look.label,
        a.unnamed ? ' · unnamed in the documents' : '', ` · said ${a.statementsBy} · spoken about ${a.statementsAbout}`),
      a.aliases.length > 0 && h('p', { class: 'small' }, `Also: ${a.aliases.join(', ')}`),
      a.description && h('p', {}, a.description)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.actions.expand(a.id), title: 'Add this actor’s neighbourhood (or double-click the node)' }, 'Expand'),
      focus,
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.store.set({ pathFrom: a.id, view: 'network' }), title: 'Start a path from this actor' }, 'Path from here'),
      h('button', { type: 'button', class: 'btn', onclick: () => ctx.actions.openPair(a.id, state.pairB && state.pairB !== a.id ? state.pairB : '') }, 'Pair view'),
      ctx.edit.signedIn && h('button', { type: 'button', class: 'btn', onclick: () => ctx.edit.editActor(a) }, 'Edit actor'),
      ctx.edit.signedIn && h('button', { type: 'button', class: 'btn', onclick: () => ctx.edit.addStatement(a) }, 'Add a statement by them')),
    ...tieSections(a.id, a.ties, a.officeHolders, onActor),
    a.events.length > 0 && h('section', { class: 'ties' }, h('h3', {}, 'Events'),
      h('ul', {}, a.events.map((e) => h('li', {}, e.name, h('span', { class: 'small' }, ` — ${formatDate(e.date)}${e.role ? `, ${e.role}` : ''}`))))),
    h('section', {}, h('h3', {}, 'Connections in view'), connections(ctx, a.id)),
    tabs('Activity', [
      { id: 'said', label: `Said (${a.statementsBy})`, render: () => statementList(page('speaker'), onActor, `No statements by ${a.name} match the filters.`, onEdit) },
      { id: 'about', label: `Said about them (${a.statementsAbout})`, render: () => statementList(page('about'), onActor, `No statements about ${a.name} match the filters.`, onEdit) },
      { id: 'history', label: 'History', render: () => historyList(a.id) },
    ], a.statementsBy ? 'said' : 'about'),
  ].filter((x): x is HTMLElement => !!x);
}

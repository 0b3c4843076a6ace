// The selected actor: who they are, then what they said and what was said about them (filterable), then how
// they connect: ties, events and the connections on the canvas, folded away below the evidence.
import { api } from '../api/client.js';
import type { ActorDetail } from '../api/types.js';
import type { Ctx } from '../app/context.js';
import { kindLook } from '../graph/palette.js';
import { formatDate, h } from '../ui/dom.js';
import { into } from '../ui/status.js';
import { tabs } from '../ui/tabs.js';
import { connections } from './connections.js';
import { historyList } from './history.js';
import { describedText } from './source-mentions.js';
import { statementPanel } from './statement-panel.js';
import { filteredStatements } from './statement-filters.js';
import { tieSections } from './ties.js';

/** Nodes that are not actors (a report's graph may draw statements, events or places). */
const NOT_ACTORS = new Set(['statement', 'event', 'place', 'node']);

export function detailsPanel(ctx: Ctx, id: string): HTMLElement {
  const node = ctx.graph.node(id);
  const kind = node?.kind ?? '';
  if (kind === 'statement') return statementPanel(ctx, id);
  if (node && NOT_ACTORS.has(kind)) {
    return h('div', { class: 'details' }, h('header', { class: 'panel-head' }, h('h2', {}, node.label), h('p', { class: 'kind' }, kind)));
  }
  const body = h('div', { class: 'details' });
  void into(body, () => api.actor(id, ctx.store.get().asOf || undefined), (a) => render(ctx, a), 'Loading actor…');
  return body;
}

function actions(ctx: Ctx, a: ActorDetail): HTMLElement[] {
  const state = ctx.store.get();
  const act = ctx.actions;
  const btn = (label: string, title: string, onclick: () => void, attrs: Record<string, string> = {}) => h('button', { type: 'button', class: 'btn btn-small', title, onclick, ...attrs }, label);
  const focus = h('select', { 'aria-label': 'Hops to keep around this actor', onchange: (e: Event) => ctx.store.set({ focus: Number((e.target as HTMLSelectElement).value) }) },
    [0, 1, 2, 3].map((n) => h('option', { value: n, selected: state.focus === n }, n ? `Focus: ${n} hop${n > 1 ? 's' : ''}` : 'Focus: off')));
  const pinned = state.pinned.includes(a.id);
  return [
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Add to the canvas' },
      h('span', { class: 'small' }, 'Expand:'),
      btn('All', 'Add everyone this actor spoke about, was spoken about by, or has a tie with (or double-click the node)', () => act.expand(a.id, 'all'), { 'data-expand': 'all' }),
      btn('Hostile only', 'Add only the actors linked by hostile statements (threatens, condemns, accuses)', () => act.expand(a.id, 'hostile'), { 'data-expand': 'hostile' }),
      btn('Ties only', 'Add only offices, memberships, alliances and arms supplies', () => act.expand(a.id, 'ties'), { 'data-expand': 'ties' })),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'On the canvas' },
      btn(pinned ? 'Unpin' : 'Pin', 'A pinned actor stays on the canvas and in place whatever the filters, focus or layout', () => act.togglePin(a.id), { 'aria-pressed': String(pinned) }),
      btn('Hide', 'Take this actor off the canvas for now (undo or "show hidden" brings it back)', () => act.hide(a.id)),
      btn('Remove', 'Take this actor and what expanding it added off the canvas', () => act.remove(a.id)),
      focus),
    h('div', { class: 'actions' },
      btn('Path from here', 'Find how this actor connects to another', () => ctx.store.set({ pathFrom: a.id, pathTo: state.pathTo === a.id ? '' : state.pathTo, panel: 'path', view: 'network' })),
      btn('Pair view', 'Everything between this actor and another', () => act.openPair(a.id, state.pairB && state.pairB !== a.id ? state.pairB : '')),
      ctx.edit.signedIn && btn('Edit actor', 'Change the name, aliases, kind or description', () => ctx.edit.editActor(a)),
      ctx.edit.signedIn && btn('Add a statement by them', 'Record a new statement', () => ctx.edit.addStatement(a))),
  ];
}

function render(ctx: Ctx, a: ActorDetail): Node[] {
  const look = kindLook(a.kind);
  const open = (source: string) => ctx.actions.openSource(source);
  const folded = (title: string, body: Node | null | false) => body && h('details', { class: 'folded' }, h('summary', {}, title), body);
  const ties = tieSections(a.id, a.ties, a.officeHolders, ctx.actions.selectActor);
  return [
    h('header', { class: 'panel-head' },
      h('h2', { id: 'details-title' }, a.name),
      h('p', { class: 'kind' }, h('span', { class: 'kind-dot', style: `background:${look.color}`, 'aria-hidden': 'true' }), look.label,
        a.unnamed ? ' · unnamed in the documents' : '',
        ' · ', h('abbr', { title: 'Statements this actor made' }, `said ${a.statementsBy}`),
        ' · ', h('abbr', { title: 'Statements others made about this actor' }, `spoken about ${a.statementsAbout}`)),
      a.aliases.length > 0 && h('p', { class: 'small' }, `Also: ${a.aliases.join(', ')}`),
      a.description && describedText(a.description, open)),
    ...actions(ctx, a),
    h('section', { class: 'evidence', 'aria-label': 'Statements' }, tabs('Activity', [
      { id: 'said', label: `Said (${a.statementsBy})`, render: () => filteredStatements(ctx, a, 'speaker') },
      { id: 'about', label: `Said about them (${a.statementsAbout})`, render: () => filteredStatements(ctx, a, 'about') },
      { id: 'history', label: 'History', render: () => historyList(a.id) },
    ], a.statementsBy ? 'said' : 'about')),
    folded(`Ties (${a.ties.length + a.officeHolders.length})`, ties.length ? h('div', {}, ties) : null),
    folded(`Events (${a.events.length})`, a.events.length > 0 && h('ul', {}, a.events.map((e) => h('li', {}, e.name, h('span', { class: 'small' }, ` — ${formatDate(e.date)}${e.role ? `, ${e.role}` : ''}`))))),
    folded('Connections in view', connections(ctx, a.id)),
  ].filter((x): x is HTMLElement => !!x);
}

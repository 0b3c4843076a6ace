// Entry point: builds the shell, creates the store and the network, and re-renders each region when its part of the state changes.
import './styles.css';
import { forgetAnswers } from './api/memo.js';
import type { Actions, Ctx } from './app/context.js';
import { createEditing } from './app/editing.js';
import { GraphController } from './app/graph-controller.js';
import { buildShell } from './app/shell.js';
import { session } from './auth/session.js';
import { GraphModel } from './graph/model.js';
import { Network } from './graph/network.js';
import type { AppState } from './state/state.js';
import { changed, Store } from './state/store.js';
import * as T from './state/transitions.js';
import { queryFromState } from './state/url.js';
import { debugEnabled } from './app/debug.js';
import { actorPicker } from './ui/actor-picker.js';
import { rerender } from './ui/rerender.js';
import { account } from './views/account.js';
import { contradictionsView } from './views/contradictions.js';
import { detailsPanel } from './views/details.js';
import { edgePanel } from './views/edge-panel.js';
import { filtersPanel } from './views/filters.js';
import { graphTools } from './views/graph-tools.js';
import { legend } from './views/legend.js';
import { pairView } from './views/pair.js';
import { pathPanel } from './views/path.js';
import { reportBanner } from './views/report-banner.js';
import { reportsView } from './views/reports.js';
import { timelineSection } from './views/timeline.js';
import { welcome } from './views/welcome.js';
import { openSourceViewer } from './views/source-viewer.js';
import { statementPanel } from './views/statement-panel.js';
import { h } from './ui/dom.js';

const shell = buildShell();
document.querySelector('#app')!.replaceWith(shell.root);
shell.sidebar.append(legend());

const store = new Store();
const model = new GraphModel();
const narrow = () => window.matchMedia('(max-width: 900px)').matches;
const openPanel = () => { if (narrow()) document.body.classList.add('show-panel'); };

const actions: Actions = {
  selectActor: (id) => {
    store.set(T.selectActor(store.get(), id, model.has(id)));
    network.center(id);
    openPanel();
  },
  selectEdge: (key) => { store.set({ edge: key, actor: '', statement: '', panel: 'selection', view: 'network' }); openPanel(); },
  clearSelection: () => store.set({ actor: '', edge: '', statement: '' }),
  expand: (id, mode) => store.set(T.expand(store.get(), id, mode)),
  hide: (id) => store.set(T.hide(store.get(), id)),
  remove: (id) => store.set(T.remove(store.get(), id)),
  togglePin: (id) => store.set(T.togglePin(store.get(), id)),
  undo: () => store.undo(),
  redo: () => store.redo(),
  openStatement: (id) => { store.set({ statement: id, actor: '', edge: '', panel: 'selection', view: 'network' }); openPanel(); },
  openSource: (source, statement) => store.set({ source, sourceQuote: statement ?? '' }),
  showPath: (from, to) => store.set({ pathFrom: from, pathTo: to, panel: 'path', view: 'network' }),
  openPair: (a, b) => store.set({ view: 'pair', pairA: a, pairB: b }),
};

const network = new Network(shell.graph, {
  node: (id) => actions.selectActor(id),
  edge: (key) => actions.selectEdge(key),
  expand: (id) => actions.expand(id),
  background: () => { if (store.get().actor || store.get().edge) actions.clearSelection(); },
});
// After a write every kept answer may be stale: forget them, reload the graph, and show the change.
const edit = createEditing((message, focus) => {
  forgetAnswers();
  graph.invalidate();
  say(message);
  store.set(focus);
  if (store.get().view !== 'network') renderPage(store.get());
});
const ctx: Ctx = { store, graph: model, network, actions, edit };
// A handle for the console and the end-to-end tests, only with the debug flag (?debug in the first URL, or
// sessionStorage "sg:debug"), so a page's globals stay its own.
declare global { interface Window { stancegraph?: { cy: typeof network.cy; store: Store; graph: GraphModel } } }
if (debugEnabled()) window.stancegraph = { cy: network.cy, store, graph: model };
let quiet = 0;
const say = (message: string) => {
  shell.notice.textContent = message;
  clearTimeout(quiet);
  quiet = window.setTimeout(() => { shell.notice.textContent = ''; }, 6000);
};
const graph = new GraphController(ctx, shell.overlay, shell.summary, () => {
  renderPanel(store.get());
  rerender(shell.strip, () => timelineSection(ctx, false));
});

const search = actorPicker('Search actors and quotes', 'Search actors or quotes, e.g. Aliyev', (a) => actions.selectActor(a.id), { hideLabel: true, onQuote: (st) => actions.openStatement(st.id) });
shell.searchSlot.append(search.element);

function renderPanel(s: AppState): void {
  if (s.statement && s.panel !== 'path') {
    rerender(shell.panelBody, () => statementPanel(ctx, s.statement));
    return;
  }
  if (s.panel === 'path') {
    rerender(shell.panelBody, () => pathPanel(ctx));
    return;
  }
  network.highlight([], []);
  rerender(shell.panelBody, () => (s.edge ? edgePanel(ctx, s.edge) : s.actor ? detailsPanel(ctx, s.actor) : welcome(ctx)));
  shell.togglePanel.disabled = false;
}

function renderPage(s: AppState): void {
  const builders = { timeline: () => timelineSection(ctx, true), pair: () => pairView(ctx), contradictions: () => contradictionsView(ctx), reports: () => reportsView(ctx) };
  if (s.view === 'network') return;
  rerender(shell.page, builders[s.view]);
}

function renderChrome(s: AppState): void {
  shell.network.hidden = s.view !== 'network';
  shell.page.hidden = s.view === 'network';
  shell.panel.hidden = s.view !== 'network';
  shell.togglePanel.hidden = s.view !== 'network';
  // Reports take their own parameters: the filters do not apply to them.
  shell.sidebar.hidden = s.view === 'reports';
  shell.toggleFilters.hidden = s.view === 'reports';
  shell.nav.forEach((a, v) => {
    a.href = `/${queryFromState({ ...s, view: v })}`;
    if (v === s.view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  shell.tools.replaceChildren(...graphTools(ctx, say));
  shell.banner.replaceChildren(...reportBanner(ctx));
  shell.account.replaceChildren(...account(ctx));
  document.title = `stancegraph · ${s.view}`;
}

/** Parameters of the URL that could not be read, named, with a way to dismiss them. */
function renderProblems(s: AppState): void {
  shell.problems.hidden = !s.problems.length;
  shell.problems.replaceChildren(...(s.problems.length ? [
    h('strong', {}, 'Part of this link could not be used: '), h('ul', {}, s.problems.map((p) => h('li', {}, p))),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => store.set({ problems: [] }, 'replace') }, 'Dismiss'),
  ] : []));
}

let viewer: ReturnType<typeof openSourceViewer> | null = null;
function renderSource(s: AppState): void {
  const old = viewer;
  viewer = null;
  old?.close();
  if (!s.source) return;
  // Closing the viewer (Escape, ×) takes the source out of the URL; replacing it with another does not.
  const mine = openSourceViewer(s.source, s.sourceQuote, () => { if (viewer === mine) { viewer = null; store.set({ source: '', sourceQuote: '' }); } });
  viewer = mine;
}

function render(s: AppState, prev: AppState | null): void {
  const all = prev === null;
  renderChrome(s);
  if (all || changed(s, prev, 'problems')) renderProblems(s);
  if (all || changed(s, prev, 'source', 'sourceQuote')) renderSource(s);
  if (all || changed(s, prev, 'filters', 'asOf')) rerender(shell.filters, () => filtersPanel(ctx, s));
  if (s.view === 'network') {
    const returned = !all && prev.view !== 'network';
    if (returned) network.resize();
    graph.update(s, all || returned ? null : prev);
    if (all || returned || changed(s, prev, 'actor', 'edge', 'statement', 'panel', 'filters', 'asOf', 'pathFrom', 'pathTo', 'focus', 'expanded', 'pinned')) renderPanel(s);
    if (all || returned || changed(s, prev, 'actor', 'filters')) rerender(shell.strip, () => timelineSection(ctx, false));
  } else if (all || prev.view !== s.view || changed(s, prev, 'pairA', 'pairB', 'position', 'filters', 'actor', 'asOf', 'report')) {
    renderPage(s);
  }
}

store.subscribe((s, prev) => render(s, prev));
render(store.get(), null);
// Signing in or out shows or hides the edit controls.
session.subscribe(() => {
  const s = store.get();
  renderChrome(s);
  if (s.view === 'network') renderPanel(s); else renderPage(s);
});

// Navigation links change the state in place (modified clicks still open new tabs).
shell.nav.forEach((a, v) => a.addEventListener('click', (e) => {
  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  store.set({ view: v });
}));
const drawer = (button: HTMLButtonElement, cls: string) => button.addEventListener('click', () => {
  const on = document.body.classList.toggle(cls);
  button.setAttribute('aria-expanded', String(on));
});
drawer(shell.toggleFilters, 'show-filters');
drawer(shell.togglePanel, 'show-panel');

document.addEventListener('keydown', (e) => {
  const typing = (e.target as HTMLElement).closest('input, select, textarea, dialog');
  if (e.key === '/' && !typing) { e.preventDefault(); search.input.focus(); }
  else if ((e.ctrlKey || e.metaKey) && !typing && (e.key.toLowerCase() === 'z' || e.key.toLowerCase() === 'y')) {
    e.preventDefault();
    if (e.key.toLowerCase() === 'y' || e.shiftKey) actions.redo(); else actions.undo();
  }
  else if (e.key === 'Escape' && !typing) { document.body.classList.remove('show-panel', 'show-filters'); actions.clearSelection(); }
  else if ((e.key === 'h' || e.key === 'p') && !typing && store.get().actor) (e.key === 'h' ? actions.hide : actions.togglePin)(store.get().actor);
  else if (document.activeElement === shell.graph && ['+', '=', '-', '0'].includes(e.key)) {
    if (e.key === '0') network.fit(); else network.zoomBy(e.key === '-' ? 0.8 : 1.25);
  }
});

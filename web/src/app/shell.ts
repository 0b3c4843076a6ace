// The page skeleton: header with search and navigation, filter sidebar, main views, detail panel.
import { VIEWS, type View } from '../state/state.js';
import { h } from '../ui/dom.js';

export const VIEW_LABELS: Record<View, string> = {
  network: 'Network', timeline: 'Timeline', pair: 'Pair', contradictions: 'Contradictions', reports: 'Reports',
};

export interface Shell {
  root: HTMLElement;
  searchSlot: HTMLElement;
  nav: Map<View, HTMLAnchorElement>;
  sidebar: HTMLElement;
  filters: HTMLElement;
  network: HTMLElement;
  graph: HTMLElement;
  overlay: HTMLElement;
  tools: HTMLElement;
  summary: HTMLElement;
  banner: HTMLElement;
  account: HTMLElement;
  strip: HTMLElement;
  page: HTMLElement;
  panel: HTMLElement;
  panelBody: HTMLElement;
  toggleFilters: HTMLButtonElement;
  togglePanel: HTMLButtonElement;
  notice: HTMLElement;
  problems: HTMLElement;
}

export function buildShell(): Shell {
  const nav = new Map(VIEWS.map((v) => [v, h('a', { href: v === 'network' ? '/' : `/?view=${v}`, class: 'nav-link', 'data-view': v }, VIEW_LABELS[v])] as const));
  const searchSlot = h('div', { class: 'search', role: 'search' });
  const toggleFilters = h('button', { type: 'button', class: 'btn toggle', 'aria-controls': 'sidebar', 'aria-expanded': 'false' }, 'Filters');
  const togglePanel = h('button', { type: 'button', class: 'btn toggle', 'aria-controls': 'panel', 'aria-expanded': 'false' }, 'Details');
  const filters = h('div', {});
  const closer = (cls: string, label: string) => h('button', { type: 'button', class: 'btn drawer-close', 'aria-label': label, onclick: () => document.body.classList.remove(cls) }, '×');
  const sidebar = h('aside', { id: 'sidebar', class: 'sidebar', 'aria-label': 'Filters and legend' }, closer('show-filters', 'Close filters'), filters);
  const graph = h('div', { id: 'graph', class: 'graph', tabindex: '0', role: 'application', 'aria-label': 'Network of actors. Use the search, the connection lists and the panels to move with the keyboard; + and - zoom, 0 fits.' });
  const overlay = h('div', { class: 'graph-overlay' });
  const summary = h('span', { id: 'graph-summary', class: 'summary-text', 'aria-live': 'polite' });
  const tools = h('div', { class: 'graph-tools', role: 'toolbar', 'aria-label': 'Graph tools' });
  const banner = h('div', { class: 'graph-banner' });
  const strip = h('div', { class: 'strip-slot' });
  const network = h('section', { id: 'view-network', class: 'view-network', 'aria-label': 'Network' },
    h('div', { class: 'graph-wrap' }, graph, overlay, h('div', { class: 'graph-bar' }, h('div', { class: 'graph-bar-start' }, summary, banner), tools)), strip);
  const page = h('section', { id: 'view-page', class: 'view-page', hidden: true });
  const panelBody = h('div', { class: 'panel-body' });
  const panel = h('aside', { id: 'panel', class: 'panel', 'aria-label': 'Details', tabindex: '-1' },
    closer('show-panel', 'Close details'), panelBody);
  const notice = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
  const problems = h('div', { class: 'url-problems', role: 'alert', hidden: true });
  const account = h('div', { class: 'account' });
  const root = h('div', { class: 'app' },
    h('a', { href: '#graph', class: 'skip' }, 'Skip to the network'),
    h('header', { class: 'topbar' },
      h('a', { href: '/', class: 'brand', 'aria-label': 'stancegraph home' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '◉'), 'stancegraph'),
      searchSlot,
      h('nav', { class: 'nav', 'aria-label': 'Views' }, [...nav.values()]),
      account,
      h('div', { class: 'toggles' }, toggleFilters, togglePanel)),
    problems,
    h('div', { class: 'layout' }, sidebar, h('main', { class: 'main' }, network, page), panel),
    notice);
  return { root, searchSlot, nav, sidebar, filters, network, graph, overlay, tools, summary, banner, account, strip, page, panel, panelBody, toggleFilters, togglePanel, notice, problems };
}

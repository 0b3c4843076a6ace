// Keeps the network in step with the state: fetches the element sets the state names, guards the node cap,
// then applies filters, selection and path highlight. Loading, empty, cap and error states show over the canvas.
import { api } from '../api/client.js';
import { reportElements } from '../api/reports.js';
import type { Elements } from '../api/types.js';
import { mergeElements } from '../graph/elements.js';
import { visibilityOf } from '../graph/visibility.js';
import type { AppState } from '../state/state.js';
import { changed } from '../state/store.js';
import { expansionQuery, graphDataKey, graphQuery, layoutKey, showsReport } from '../state/query.js';
import { h, plural, replace } from '../ui/dom.js';
import { empty, errorState, loading } from '../ui/status.js';
import type { Ctx } from './context.js';
import { debugEnabled } from './debug.js';

/** Above this many actors the page asks for a narrower view instead of drawing. */
export const NODE_CAP = 2500;
/** The API's largest neighbourhood. */
const NEIGHBOURHOOD_LIMIT = 2000;

/** Per graph load, in ms since navigation: for the benchmark and the curious (with the debug flag on). */
export interface Timings { dataAt: number; dataMs: number; renderMs: number; layoutMs: number; layout: string; nodes: number; edges: number; paintedAt?: number }
declare global { interface Window { __sgTimings?: Timings[] } }

export class GraphController {
  private loadedKey = '';
  private loading: Promise<void> | null = null;
  private truncated = false;
  private capped = false;
  readonly ready: { current: Promise<void> } = { current: Promise.resolve() };

  constructor(private readonly ctx: Ctx, private readonly overlay: HTMLElement, private readonly summary: HTMLElement, private readonly onLoaded: () => void) {}

  /** Call on every state change. */
  update(s: AppState, prev: AppState | null): void {
    if (graphDataKey(s) !== this.loadedKey || (this.capped && changed(s, prev ?? s, 'filters'))) { this.ready.current = this.load(s); return; }
    if (prev && changed(s, prev, 'layout')) { this.ready.current = this.ctx.network.relayout(s.layout); return; }
    if (!prev || changed(s, prev, 'filters', 'focus', 'expanded', 'root', 'hidden', 'pinned')) this.refresh(s);
    else if (changed(s, prev, 'actor', 'edge')) this.refresh(s, !(s.focus > 0 || s.filters.hideIsolated));
  }

  retry(): void { this.loadedKey = ''; this.update(this.ctx.store.get(), null); }

  /** After a write: the next update reloads the data, whatever the state asks for. */
  invalidate(): void { this.loadedKey = ''; }

  private async load(s: AppState): Promise<void> {
    const key = graphDataKey(s);
    this.loadedKey = key;
    replace(this.overlay, loading('Loading the network…'));
    this.overlay.hidden = false;
    try {
      const t0 = performance.now();
      const q = graphQuery(s);
      const base = showsReport(s) ? reportElements(s.report.name, s.report.params)
        : s.root ? api.neighborhood({ ...q, id: s.root, depth: s.depth, limit: NEIGHBOURHOOD_LIMIT }) : api.overview(q);
      const sets: Elements[] = await Promise.all([base, ...s.expanded.map((e) => api.neighborhood({ ...q, ...expansionQuery(e), id: e.id, depth: 1, limit: NEIGHBOURHOOD_LIMIT }))]);
      if (key !== this.loadedKey) return;
      const dataMs = performance.now() - t0;
      const nodeCount = new Set(sets.flatMap((e) => e.nodes.map((n) => n.data.id))).size;
      // The cap counts the actors the kind filter keeps: the others are loaded but never drawn.
      const kinds = new Set<string>(s.filters.kinds);
      const drawn = new Set(sets.flatMap((e) => e.nodes.filter((n) => !kinds.size || kinds.has(n.data.kind)).map((n) => n.data.id))).size;
      this.capped = drawn > NODE_CAP;
      if (this.capped) { this.tooBig(drawn); return; }
      if (!nodeCount) { replace(this.overlay, empty('No actors to show. Try removing filters or choosing another date.')); this.clear(); this.onLoaded(); return; }
      this.truncated = sets.some((e) => e.truncated);
      const merged = mergeElements(sets);
      this.ctx.graph.set(merged);
      const timing = await this.ctx.network.load(layoutKey(s), merged, s.root, s.layout);
      const timings: Timings = { dataAt: t0 + dataMs, dataMs, ...timing, nodes: nodeCount, edges: merged.edges.length };
      if (debugEnabled()) (window.__sgTimings ??= []).push(timings);
      requestAnimationFrame(() => requestAnimationFrame(() => { timings.paintedAt = performance.now(); }));
      this.overlay.hidden = true;
      this.refresh(this.ctx.store.get());
      this.onLoaded();
    } catch (e) {
      if (key !== this.loadedKey) return;
      this.loadedKey = '';
      replace(this.overlay, errorState(e, () => this.retry()));
    }
  }

  /** Nothing loaded: the model and the canvas are empty. */
  private clear(): void {
    this.ctx.graph.clear();
    this.ctx.network.cy.elements().remove();
  }

  private tooBig(n: number): void {
    this.clear();
    replace(this.overlay, h('div', { class: 'state state-cap', role: 'status' },
      h('strong', {}, `${plural(n, 'actor')} is more than the page draws smoothly (${NODE_CAP.toLocaleString('en')}).`),
      h('p', {}, 'Narrow the view: start from one actor’s neighbourhood, or show fewer actor kinds in the filters.'),
      h('button', { type: 'button', class: 'btn btn-primary', onclick: () => document.querySelector<HTMLInputElement>('.topbar .picker-input')?.focus() }, 'Search for an actor')));
    this.overlay.hidden = false;
  }

  /** Filters, focus, selection and highlight, on the elements already loaded. */
  refresh(s: AppState, selectionOnly = false): void {
    const { network, graph } = this.ctx;
    if (!selectionOnly) {
      const shown = visibilityOf(graph, s);
      graph.show(shown);
      network.show(shown);
    }
    network.pin(s.pinned);
    network.select(s.edge || s.actor);
    // A changed set of visible actors re-flows the layout around them and fits the view.
    if (!selectionOnly) this.ready.current = network.reflow();
    const n = graph.shownNodes().length;
    const edges = graph.shownEdges().length;
    const all = graph.nodes().length;
    this.summary.dataset.nodes = String(all);
    this.summary.dataset.visibleNodes = String(n);
    this.summary.dataset.visibleEdges = String(edges);
    this.summary.textContent = `${plural(n, 'actor')} · ${plural(edges, 'connection')}${n < all ? ` (of ${all})` : ''}${this.truncated ? ' · truncated' : ''}`;
    if (!this.overlay.querySelector('.state-error, .state-cap')) {
      this.overlay.hidden = n > 0;
      if (!n) replace(this.overlay, empty('No actors match the filters.'));
    }
  }
}

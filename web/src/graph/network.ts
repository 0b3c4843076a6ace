// The Cytoscape canvas, a renderer only: draws the elements and what the model says is shown (layout once, positions
// cached), the selection, paths and labels that fit. Views read the graph from GraphModel, never from here.
import cytoscape, { type Collection, type Core, type EdgeSingular, type ElementDefinition, type NodeCollection, type NodeSingular, type Position, type SingularElementArgument } from 'cytoscape';
import type { Elements } from '../api/types.js';
import { edgeWidth, toDefinitions } from './elements.js';
import { pickLabels, type LabelBox } from './declutter.js';
import { drawingClass } from './drawing-detail.js';
import { layoutFor, placeNear, PositionCache, type LayoutName } from './layouts.js';
import { labelWidth, renderedLabelSize, setLabelZoom } from './labels.js';
import { degreesWithin, graphOf, plainGraph } from './plain-graph.js';
import { graphStyle, LABEL_TEXT_NODES } from './style.js';
import { tidyPositions } from './tidy.js';
import type { Visibility } from './visibility.js';

export interface NetworkEvents {
  node(id: string): void;
  edge(key: string): void;
  expand(id: string): void;
  background(): void;
}

/**
 * Recomputes the styles of the nodes that carry label text (its size depends on the zoom): all of a small graph's,
 * a large graph's drawn labels only (see drawing-detail.ts). `updateStyle` is missing from the typings.
 */
const restyle = (cy: Core) => (cy.nodes(LABEL_TEXT_NODES) as unknown as { updateStyle(): void }).updateStyle();

/** Adds a class to exactly `these` elements, removing it from all others, with the fewest changes (a class change restyles). */
function classExactly(cy: Core, cls: string, these: Collection): void {
  cy.elements(`.${cls}`).not(these).removeClass(cls);
  these.filter((el) => !el.hasClass(cls)).addClass(cls);
}

/**
 * A test for elements without any of these classes. A predicate, not `not('.a, .b')`: that parses the selector, matches
 * every element with it and then takes the difference of two collections, about ten times the cost on a large graph.
 */
const lacking = (...classes: string[]) => (el: SingularElementArgument) => !classes.some((c) => el.hasClass(c));

/**
 * Resizes the canvas with its container, at once. Cytoscape's own observers (private fields, so a version without
 * them is left alone) wait 100 ms and also fire on every attribute change of the container, such as the cursor
 * changing over a node: each time a full redraw of every element.
 */
function followContainerSize(cy: Core, container: HTMLElement): void {
  const renderer = (cy as unknown as { renderer?(): { resizeObserver?: ResizeObserver; styleObserver?: MutationObserver } | undefined }).renderer?.();
  renderer?.resizeObserver?.disconnect();
  renderer?.styleObserver?.disconnect();
  new ResizeObserver(() => cy.resize()).observe(container);
}

const spiral = (i: number) => ({ x: 60 * Math.sqrt(i + 0.5) * Math.cos(i * 2.399963), y: 60 * Math.sqrt(i + 0.5) * Math.sin(i * 2.399963) });

export interface LoadTiming { layout: string; layoutMs: number; renderMs: number }

export class Network {
  readonly cy: Core;
  private readonly positions = new PositionCache();
  private graphKey = '';
  private layoutName: LayoutName | '' = '';
  private shownIds = '';
  private relabelQueued = false;
  /** The drawn actors that have a place: a set, since marking each node with data would restyle it. */
  private placed = new Set<string>();
  /** The relabelling due once a pan or zoom has settled. */
  private settle = 0;
  /** A drawn actor's name: the order of the unconnected actors' rows after a layout. */
  private readonly label = (id: string) => String(this.cy.getElementById(id).data('label'));

  constructor(container: HTMLElement, events: NetworkEvents) {
    this.cy = cytoscape({
      container, style: graphStyle(), minZoom: 0.05, maxZoom: 4,
      boxSelectionEnabled: false, selectionType: 'single', hideEdgesOnViewport: false, textureOnViewport: false,
    });
    const cy = this.cy;
    followContainerSize(cy, container);
    // One listener per event type: Cytoscape checks every listener for each of the many events it emits per
    // element while styling and adding them.
    cy.on('tap', (e) => {
      if (e.target === cy) events.background();
      else if (e.target.isNode()) events.node(e.target.id());
      else events.edge(e.target.id());
    });
    cy.on('dbltap', 'node', (e) => events.expand(e.target.id()));
    // Hovering shows the name of an actor whose label gave way to a more connected one. (The pointer entering or
    // leaving the canvas itself is no element.)
    cy.on('mouseover', (e) => { if (e.target === cy) return; if (e.target.isNode()) e.target.addClass('hover'); container.style.cursor = 'pointer'; });
    cy.on('mouseout', (e) => { if (e.target === cy) return; if (e.target.isNode()) e.target.removeClass('hover'); container.style.cursor = ''; });
    cy.on('dragfree', 'node', () => this.positions.save(this.graphKey, cy));
    let frame = 0;
    cy.on('viewport', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => { if (setLabelZoom(cy.zoom())) restyle(cy); });
      clearTimeout(this.settle);
      this.settle = window.setTimeout(() => this.relabel(), 60);
    });
  }

  /**
   * Draws the labels that fit, once for everything the current task changed (a load fits, filters, selects and
   * clears the highlight in one go; each pass measures every node on screen).
   */
  relabel(): void {
    if (this.relabelQueued) return;
    this.relabelQueued = true;
    queueMicrotask(() => { this.relabelQueued = false; this.drawLabels(); });
  }

  /**
   * The selection and the path first, then its neighbours, then the most connected actors; a label that would
   * overlap one already drawn is left out (hovering shows it).
   */
  private drawLabels(): void {
    const cy = this.cy;
    const zoom = cy.zoom();
    const [w, h] = [cy.width(), cy.height()];
    const candidates = cy.nodes().filter(lacking('hidden', 'dim', 'faded')).nodes().map((n) => n).filter((n) => {
      const p = n.renderedPosition();
      return p.x > -100 && p.x < w + 100 && p.y > -50 && p.y < h + 50;
    });
    const rank = (n: NodeSingular) => (n.selected() ? 0 : n.hasClass('path') ? 1 : n.hasClass('near') ? 2 : 3);
    // Each actor's shown connections, in one pass over the edges (a collection per node costs far more).
    const degree = degreesWithin({ nodes: cy.nodes().map((n) => n.id()), edges: cy.edges().filter(lacking('hidden')).map((e) => [e.data('source') as string, e.data('target') as string]) });
    const ordered = candidates.sort((a, b) => rank(a) - rank(b) || degree.get(b.id())! - degree.get(a.id())! || (b.data('spokenAbout') as number) - (a.data('spokenAbout') as number));
    const boxes: LabelBox[] = ordered.map((n) => {
      const full = rank(n) < 2;
      const px = renderedLabelSize(n.data('size') as number, full || n.hasClass('hover'), zoom);
      const text = String(n.data(full ? 'label' : 'short'));
      const half = labelWidth(text, px, full) / 2 + 4;
      const p = n.renderedPosition();
      const top = p.y + ((n.data('size') as number) / 2) * zoom + 1;
      return { id: n.id(), x1: p.x - half, x2: p.x + half, y1: top, y2: top + px * 1.3 + 5 };
    });
    const kept = pickLabels(boxes);
    cy.batch(() => classExactly(cy, 'labelled', cy.nodes().filter((n) => kept.has(n.id()))));
  }

  /** Draws what the filters leave (see visibilityOf): hidden elements, and statement edges as thick as their count. */
  show(visibility: Visibility): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.edges('[type = "SPOKE_ABOUT"]').forEach((e) => {
        const shown = visibility.edges.get(e.id());
        const data = shown?.count ? { count: shown.count, width: edgeWidth(shown.count), polarity: shown.polarity ?? null } : null;
        // Only a changed edge is given new data: setting data restyles it.
        if (data && Object.entries(data).some(([k, v]) => e.data(k) !== v)) e.data(data);
      });
      classExactly(cy, 'hidden', cy.elements().filter((el) => visibility.hidden.has(el.id())));
    });
  }

  /** Draws these elements instead of the last ones. Known nodes keep their places; the layout runs only when most are new. */
  async load(key: string, elements: Elements, anchor = '', layout: LayoutName | '' = ''): Promise<LoadTiming> {
    const t0 = performance.now();
    const defs = toDefinitions(elements);
    const cached = this.positions.get(key);
    const keyChanged = key !== this.graphKey;
    this.graphKey = key;
    this.layoutName = layout;
    const cy = this.cy;
    const ids = new Set(defs.map((d) => d.data.id!));
    const nodeDefs = defs.filter((d) => d.group === 'nodes');
    const strategy = layoutFor(nodeDefs.length, layout);
    const isNew = (id: string) => !cached[id] && cy.getElementById(id).empty();
    const fresh = nodeDefs.filter((d) => isNew(d.data.id!)).length;
    const relayout = fresh > nodeDefs.length * 0.3;
    const t1 = performance.now();
    // Layouts that work on plain data place (and tidy) the nodes before they are added, so styles are computed
    // once. The graph lists the nodes in Cytoscape's order, the kept ones before the added ones: it breaks ties.
    let computed: Record<string, Position> | null = null;
    if (relayout && strategy.positions) {
      const byId = new Map(nodeDefs.map((d) => [d.data.id!, d]));
      const kept = cy.nodes().filter((n) => byId.has(n.id())).map((n) => byId.get(n.id())!);
      const graph = plainGraph([...kept, ...nodeDefs.filter((d) => cy.getElementById(d.data.id!).empty()), ...defs.filter((d) => d.group === 'edges')]);
      computed = tidyPositions(graph, strategy.positions(graph, anchor, this.centre()), (id) => String(byId.get(id)!.data.label));
    }
    if (computed) this.setViewport(nodeDefs.map((d) => ({ ...computed[d.data.id!], r: d.data.size / 2 })));
    const t2 = performance.now();
    cy.batch(() => {
      cy.elements().filter((el) => !ids.has(el.id())).remove();
      const add: ElementDefinition[] = [];
      const detail = drawingClass(defs.length);
      for (const d of defs) {
        d.classes = detail;
        const existing = cy.getElementById(d.data.id!);
        if (existing.nonempty()) {
          existing.data(d.data);
          if (computed && existing.isNode()) existing.position(computed[d.data.id!]);
        }
        // A new node starts on a spiral, not at the origin: nodes on top of each other make edges that cannot be
        // drawn ("invalid endpoints"), and a layout measuring them would warn about every one.
        else add.push(d.group === 'nodes' ? { ...d, position: computed?.[d.data.id!] ?? cached[d.data.id!] ?? spiral(add.length) } : d);
      }
      cy.add(add);
    });
    const t3 = performance.now();
    const unplaced = computed ? cy.collection() : cy.nodes().filter((n) => !cached[n.id()] && !this.placed.has(n.id()));
    if (relayout && !computed) {
      await strategy.run!(cy, cy.nodes(), anchor, false);
      this.tidy(cy.nodes());
    } else if (unplaced.length) {
      placeNear(cy, unplaced.nodes());
      this.tidy(cy.nodes());
    }
    const t4 = performance.now();
    this.placed = new Set(cy.nodes().map((n) => n.id()));
    this.positions.save(key, cy);
    this.shownIds = '';
    if (keyChanged || relayout || unplaced.length) this.fit();
    return { layout: relayout || unplaced.length ? strategy.name : 'cached', layoutMs: t2 - t1 + (t4 - t3), renderMs: t3 - t2 + (t1 - t0) };
  }

  private centre(): Position { return { x: this.cy.width() / 2, y: this.cy.height() / 2 }; }

  /** Tidies (tidy.ts) the drawn nodes from where they are. */
  private tidy(nodes: NodeCollection): void {
    this.moveTo(nodes, tidyPositions(graphOf(nodes), Object.fromEntries(nodes.map((n) => [n.id(), n.position()])), this.label));
  }

  /** Moves the nodes in one batch, so each is restyled once. */
  private moveTo(nodes: NodeCollection, at: Record<string, Position>): void {
    this.cy.batch(() => nodes.forEach((n) => { n.position(at[n.id()]); }));
  }

  /** Lays out the visible actors again with the named layout (or the current one), then fits them. */
  async relayout(layout: LayoutName | '' = this.layoutName, incremental = false): Promise<void> {
    this.layoutName = layout;
    const cy = this.cy;
    const nodes = cy.nodes().filter(lacking('hidden')).nodes();
    if (!nodes.length) return;
    const strategy = layoutFor(nodes.length, layout);
    if (strategy.run) {
      await strategy.run(cy, nodes, '', incremental);
      this.tidy(nodes);
    } else {
      const graph = graphOf(nodes);
      this.moveTo(nodes, tidyPositions(graph, strategy.positions!(graph, '', this.centre()), this.label));
    }
    this.positions.save(this.graphKey, cy);
    this.fit();
  }

  /**
   * After a filter, focus or expansion: when the set of visible actors changed, the layout re-flows around
   * the ones left (starting from where they are) and the view fits them.
   */
  async reflow(): Promise<void> {
    const shownIds = this.cy.nodes().filter(lacking('hidden')).map((n) => n.id());
    const ids = shownIds.sort().join(',');
    if (ids === this.shownIds) return;
    const first = this.shownIds === '';
    this.shownIds = ids;
    // The first drawing keeps the layout of what was loaded, unless the filters (say, from a link) left only a
    // small part of it: that part is laid out afresh, not left scattered over the places of the rest.
    const shown = shownIds.length;
    if (first && shown >= 0.8 * this.cy.nodes().length) { this.relabel(); return; }
    await this.relayout(this.layoutName, !first);
  }

  /** Where each drawn actor is, in model coordinates. */
  nodePositions(): Map<string, { x: number; y: number }> {
    return new Map(this.cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  }

  /** Fits the visible nodes, from positions and sizes (Cytoscape's bounding boxes measure every label: slow on big graphs). */
  fit(): void {
    this.setViewport(this.cy.nodes().filter(lacking('hidden')).nodes().map((n) => ({ ...n.position(), r: (n.data('size') as number) / 2 })));
  }

  /** The zoom and pan that show these discs whole, leaving room for the toolbar, the names and the edges. */
  private viewportFor(discs: { x: number; y: number; r: number }[], maxZoom = 1.6): { zoom: number; pan: { x: number; y: number } } {
    const cy = this.cy;
    const x1 = Math.min(...discs.map((d) => d.x - d.r));
    const x2 = Math.max(...discs.map((d) => d.x + d.r));
    const y1 = Math.min(...discs.map((d) => d.y - d.r));
    const y2 = Math.max(...discs.map((d) => d.y + d.r));
    // Room for the toolbar laid over the top of the canvas, for half a name at the sides and a name below.
    const pad = { top: 84, bottom: 30, side: 56 };
    const zoom = Math.min(maxZoom, Math.max(cy.minZoom(), Math.min((cy.width() - 2 * pad.side) / Math.max(x2 - x1, 1), (cy.height() - pad.top - pad.bottom) / Math.max(y2 - y1, 1))));
    return { zoom, pan: { x: cy.width() / 2 - zoom * (x1 + x2) / 2, y: pad.top + (cy.height() - pad.top - pad.bottom) / 2 - zoom * (y1 + y2) / 2 } };
  }

  private setViewport(discs: { x: number; y: number; r: number }[]): void {
    const cy = this.cy;
    if (!discs.length) return;
    const { zoom, pan } = this.viewportFor(discs);
    cy.viewport({ zoom, pan });
    // Labels follow the new zoom before the next paint, not one frame later (nor again when the pan "settles").
    if (setLabelZoom(zoom, true) && cy.nodes().nonempty()) restyle(cy);
    clearTimeout(this.settle);
    this.relabel();
  }

  /** Selects an actor or an edge (by key) and brings it into view without moving the layout. */
  select(id: string): void {
    const cy = this.cy;
    const el = id ? cy.getElementById(id) : cy.collection();
    cy.batch(() => {
      cy.$(':selected').not(el).unselect();
      if (el.nonempty() && !el.selected()) el.select();
      // Nothing selected: nothing is dimmed or near (not a difference of every element with every element: ~40 ms at 8,000).
      const near = el.empty() ? cy.collection() : el.isEdge() ? el.union((el as unknown as EdgeSingular).connectedNodes()) : (el as unknown as NodeSingular).closedNeighborhood();
      classExactly(cy, 'dim', el.empty() ? cy.collection() : cy.elements().not(near));
      classExactly(cy, 'near', near.nodes().not(el));
    });
    this.relabel();
    if (el.empty()) return;
    const box = cy.extent();
    const b = el.boundingBox();
    if (b.x2 < box.x1 || b.x1 > box.x2 || b.y2 < box.y1 || b.y1 > box.y2) cy.animate({ center: { eles: el }, duration: 250 });
  }

  /** Animates the view to an actor and the actors it connects with (their names are drawn first), never closer than 1.2. */
  center(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    const around = (el as unknown as NodeSingular).closedNeighborhood().nodes().not('.hidden').nodes();
    this.cy.animate({ ...this.viewportFor(around.map((n) => ({ ...n.position(), r: (n.data('size') as number) / 2 })), 1.2), duration: 300 });
  }

  /** Marks the elements of a path; everything else fades. Empty input clears. */
  highlight(nodeIds: string[], edgeKeys: string[]): void {
    this.cy.batch(() => {
      // Only the marked elements: a class change, even a removal of one not there, restyles the element.
      this.cy.elements('.path, .faded').removeClass('path faded');
      if (!nodeIds.length) return;
      const ids = new Set([...nodeIds, ...edgeKeys]);
      this.cy.elements().forEach((el) => { el.addClass(ids.has(el.id()) ? 'path' : 'faded'); });
    });
    this.relabel();
  }

  /** Marks and locks the pinned actors, so no layout moves them. */
  pin(ids: string[]): void {
    const cy = this.cy;
    const pinned = cy.nodes().filter((n) => ids.includes(n.id()));
    cy.batch(() => {
      cy.nodes('.pinned').not(pinned).removeClass('pinned').unlock();
      pinned.addClass('pinned').lock();
    });
  }

  resize(): void { this.cy.resize(); }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}

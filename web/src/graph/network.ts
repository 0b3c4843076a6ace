// The Cytoscape canvas: loads element sets (layout once, positions cached), shows selection and paths, exports.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { Elements } from '../api/types.js';
import { mergeElements, toDefinitions } from './elements.js';
import { layoutFor, placeNear, PositionCache } from './layouts.js';
import { setLabelZoom } from './labels.js';
import { graphStyle } from './style.js';

export interface NetworkEvents {
  node(id: string): void;
  edge(key: string): void;
  expand(id: string): void;
  background(): void;
}

export interface LoadTiming { layout: string; layoutMs: number; renderMs: number }

export class Network {
  readonly cy: Core;
  private readonly positions = new PositionCache();
  private graphKey = '';

  constructor(container: HTMLElement, events: NetworkEvents) {
    this.cy = cytoscape({
      container, style: graphStyle(), minZoom: 0.05, maxZoom: 4, wheelSensitivity: 0.3,
      boxSelectionEnabled: false, selectionType: 'single', hideEdgesOnViewport: false, textureOnViewport: false,
    });
    const cy = this.cy;
    cy.on('tap', 'node', (e) => events.node(e.target.id()));
    cy.on('tap', 'edge', (e) => events.edge(e.target.id()));
    cy.on('tap', (e) => { if (e.target === cy) events.background(); });
    cy.on('dbltap', 'node', (e) => events.expand(e.target.id()));
    cy.on('mouseover', 'node', (e) => { e.target.addClass('hover'); container.style.cursor = 'pointer'; });
    cy.on('mouseout', 'node', (e) => { e.target.removeClass('hover'); container.style.cursor = ''; });
    cy.on('mouseover', 'edge', () => { container.style.cursor = 'pointer'; });
    cy.on('mouseout', 'edge', () => { container.style.cursor = ''; });
    cy.on('dragfree', 'node', () => this.positions.save(this.graphKey, cy));
    let frame = 0;
    cy.on('zoom', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => { if (setLabelZoom(cy.zoom())) cy.style().update(); });
    });
  }

  /** Replaces the graph with these elements. Known nodes keep their places; the layout runs only when most are new. */
  async load(key: string, sets: Elements[]): Promise<LoadTiming> {
    const t0 = performance.now();
    const defs = toDefinitions(mergeElements(sets));
    const cached = this.positions.get(key);
    const keyChanged = key !== this.graphKey;
    this.graphKey = key;
    const cy = this.cy;
    cy.batch(() => {
      const ids = new Set(defs.map((d) => d.data.id!));
      cy.elements().filter((el) => !ids.has(el.id())).remove();
      const fresh: ElementDefinition[] = [];
      for (const d of defs) {
        const existing = cy.getElementById(d.data.id!);
        if (existing.nonempty()) existing.data(d.data);
        else fresh.push(cached[d.data.id!] && d.group === 'nodes' ? { ...d, position: cached[d.data.id!] } : d);
      }
      cy.add(fresh);
    });
    const unplaced = cy.nodes().filter((n) => !cached[n.id()] && !n.data('placed'));
    const strategy = layoutFor(cy.nodes().length);
    const t1 = performance.now();
    if (unplaced.length > cy.nodes().length * 0.3) await strategy.run(cy, cy.nodes());
    else if (unplaced.length) placeNear(cy, unplaced);
    const t2 = performance.now();
    cy.nodes().data('placed', true);
    this.positions.save(key, cy);
    if (keyChanged || unplaced.length) this.fit();
    return { layout: unplaced.length ? strategy.name : 'cached', layoutMs: t2 - t1, renderMs: t1 - t0 };
  }

  fit(eles = this.cy.elements().not('.hidden')): void {
    this.cy.fit(eles.nonempty() ? eles : undefined, 40);
    if (this.cy.zoom() > 1.6) this.cy.zoom({ level: 1.6, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  /** Selects an actor or an edge (by key) and brings it into view without moving the layout. */
  select(id: string): void {
    const cy = this.cy;
    const el = id ? cy.getElementById(id) : cy.collection();
    cy.batch(() => {
      cy.elements().unselect().removeClass('dim');
      if (el.empty()) return;
      el.select();
      const near = el.isEdge() ? el.union((el as unknown as EdgeSingular).connectedNodes()) : (el as unknown as NodeSingular).closedNeighborhood();
      cy.elements().not(near).addClass('dim');
    });
    if (el.empty()) return;
    const box = cy.extent();
    const b = el.boundingBox();
    if (b.x2 < box.x1 || b.x1 > box.x2 || b.y2 < box.y1 || b.y1 > box.y2) cy.animate({ center: { eles: el }, duration: 250 });
  }

  /** Animates the view to an actor, zooming in a little if the graph is far away. */
  center(id: string): void {
    const el = this.cy.getElementById(id);
    if (el.empty()) return;
    this.cy.animate({ center: { eles: el }, zoom: Math.max(this.cy.zoom(), 0.9), duration: 300 });
  }

  /** Marks the elements of a path; everything else fades. Empty input clears. */
  highlight(nodeIds: string[], edgeKeys: string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('path faded');
      if (!nodeIds.length) return;
      const ids = new Set([...nodeIds, ...edgeKeys]);
      this.cy.elements().forEach((el) => { el.addClass(ids.has(el.id()) ? 'path' : 'faded'); });
    });
  }

  resize(): void { this.cy.resize(); }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2, maxWidth: 4000, maxHeight: 4000 }) as unknown as Blob;
  }
}

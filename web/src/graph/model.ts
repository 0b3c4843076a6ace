// The loaded graph as plain data, and what the filters leave of it. Views and exports read this model; the
// Cytoscape instance (network.ts) only draws it.
import type { Elements, GraphEdgeData, GraphNodeData } from '../api/types.js';
import { edgeKey } from '../state/state.js';
import type { Visibility } from './visibility.js';

/** An edge under its page-wide key ("source>target>TYPE"), with the count and polarity the stance filter leaves. */
export interface ModelEdge extends GraphEdgeData { key: string }

export class GraphModel {
  private byId = new Map<string, GraphNodeData>();
  private byKey = new Map<string, ModelEdge>();
  private incident = new Map<string, ModelEdge[]>();
  private shown: Visibility = { hidden: new Set(), edges: new Map() };
  private loaded: Elements = { nodes: [], edges: [], truncated: false };

  /** Replaces the graph (one merged element set); everything is shown until the next `show`. */
  set(elements: Elements): void {
    this.loaded = elements;
    this.byId = new Map(elements.nodes.map((n) => [n.data.id, n.data]));
    this.byKey = new Map(elements.edges.map((e) => { const key = edgeKey(e.data.source, e.data.target, e.data.type); return [key, { ...e.data, key }]; }));
    this.incident = new Map([...this.byId.keys()].map((id) => [id, []]));
    for (const e of this.byKey.values()) { this.incident.get(e.source)?.push(e); this.incident.get(e.target)?.push(e); }
    this.shown = { hidden: new Set(), edges: new Map() };
  }

  clear(): void { this.set({ nodes: [], edges: [], truncated: false }); }

  /** The merged element set, as loaded. */
  get elements(): Elements { return this.loaded; }

  has(id: string): boolean { return this.byId.has(id); }
  node(id: string): GraphNodeData | undefined { return this.byId.get(id); }
  label(id: string): string | undefined { return this.byId.get(id)?.label; }
  nodes(): GraphNodeData[] { return [...this.byId.values()]; }
  edges(): ModelEdge[] { return [...this.byKey.values()]; }
  /** Every loaded edge of an actor, shown or not. */
  edgesOf(id: string): ModelEdge[] { return this.incident.get(id) ?? []; }

  /** Records what the filters leave (see visibilityOf). */
  show(visibility: Visibility): void { this.shown = visibility; }
  isShown(id: string): boolean { return (this.byId.has(id) || this.byKey.has(id)) && !this.shown.hidden.has(id); }

  /** An edge as shown: its count and polarity after the stance filter. */
  edge(key: string): ModelEdge | undefined {
    const e = this.byKey.get(key);
    const narrowed = this.shown.edges.get(key);
    return e && narrowed ? { ...e, ...narrowed } : e;
  }

  shownNodes(): GraphNodeData[] { return this.nodes().filter((n) => !this.shown.hidden.has(n.id)); }
  shownEdges(): ModelEdge[] { return [...this.byKey.keys()].filter((k) => !this.shown.hidden.has(k)).map((k) => this.edge(k)!); }
  shownEdgesOf(id: string): ModelEdge[] { return this.edgesOf(id).filter((e) => !this.shown.hidden.has(e.key)).map((e) => this.edge(e.key)!); }
}

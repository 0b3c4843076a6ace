// Layouts chosen by graph size behind one interface, and a position cache so a layout runs once per graph.
import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeCollection, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { radialPositions } from './radial-layout.js';

cytoscape.use(fcose);

/** The graph as plain ids, for layouts that need no Cytoscape elements. */
export interface PlainGraph { nodes: string[]; edges: [string, string][] }

export const plainGraph = (defs: ElementDefinition[]): PlainGraph => ({
  nodes: defs.filter((d) => d.group === 'nodes').map((d) => d.data.id!),
  edges: defs.filter((d) => d.group === 'edges').map((d) => [d.data.source as string, d.data.target as string]),
});

/** A layout either computes positions from plain data (before the elements exist) or runs on the elements. */
export interface LayoutStrategy {
  readonly name: string;
  /** Largest node count this strategy handles in well under a second. */
  readonly maxNodes: number;
  /** anchor is the actor the view is centred on, when there is one. */
  positions?(graph: PlainGraph, anchor: string): Record<string, Position>;
  run?(cy: Core, nodes: NodeCollection, anchor: string): Promise<void>;
}

/**
 * Runs a Cytoscape layout with Math.random seeded, so the same data gives the same picture in every browser:
 * a shared link shows a colleague what the sender saw. (Layouts without animation run synchronously.)
 */
const runLayout = (cy: Core, nodes: NodeCollection, options: Record<string, unknown>) =>
  new Promise<void>((resolve) => {
    const layout = nodes.union(nodes.connectedEdges()).layout({ animate: false, fit: false, ...options } as never);
    layout.one('layoutstop', () => resolve());
    const random = Math.random;
    let seed = 20230919;
    Math.random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    try { layout.run(); } finally { Math.random = random; }
  });

const fcoseOptions = (quality: 'proof' | 'default', n: number) => ({
  name: 'fcose', quality, randomize: true, nodeSeparation: 110, idealEdgeLength: (e: EdgeSingular) => 90 + 8 * Math.min(e.source().degree(false), e.target().degree(false)),
  nodeRepulsion: () => 45000, edgeElasticity: () => 0.3, gravity: 0.15, gravityRange: 3.8, packComponents: true, tile: true,
  tilingPaddingVertical: 20, tilingPaddingHorizontal: 20, numIter: n > 200 ? 1500 : 2500,
});

export const LAYOUTS: LayoutStrategy[] = [
  { name: 'fcose', maxNodes: 400, run: (cy, nodes) => runLayout(cy, nodes, fcoseOptions('proof', nodes.length)) },
  { name: 'radial', maxNodes: Infinity, positions: radialPositions },
];

export const layoutFor = (nodeCount: number): LayoutStrategy => LAYOUTS.find((l) => nodeCount <= l.maxNodes)!;

/** Positions per graph key, kept for the session so a reload or a back step redraws the same picture. */
export class PositionCache {
  private memory = new Map<string, Record<string, Position>>();
  constructor(private readonly storage: Storage | null = safeSession()) {}

  get(key: string): Record<string, Position> {
    const hit = this.memory.get(key);
    if (hit) return hit;
    const stored = this.storage?.getItem(`sg:pos:${key}`);
    const positions = stored ? (JSON.parse(stored) as Record<string, Position>) : {};
    this.memory.set(key, positions);
    return positions;
  }

  save(key: string, cy: Core): void {
    const positions = this.get(key);
    cy.nodes().forEach((n) => { positions[n.id()] = { ...n.position() }; });
    try { this.storage?.setItem(`sg:pos:${key}`, JSON.stringify(positions)); } catch { /* storage full: memory is enough */ }
  }
}

function safeSession(): Storage | null {
  try { return window.sessionStorage; } catch { return null; }
}

/** Places nodes without a position next to their placed neighbours, so a merge does not move anything else. */
export function placeNear(cy: Core, nodes: NodeCollection): void {
  nodes.forEach((n, i) => {
    const placed = n.neighborhood().nodes().filter((m) => !nodes.contains(m)).nodes();
    const centre = placed.length
      ? { x: placed.reduce((s, m) => s + m.position('x'), 0) / placed.length, y: placed.reduce((s, m) => s + m.position('y'), 0) / placed.length }
      : { x: cy.extent().x2 - 40, y: cy.extent().y1 + 40 };
    const angle = (i * 2.399963) % (2 * Math.PI);
    const radius = 60 + 8 * Math.sqrt(i);
    n.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

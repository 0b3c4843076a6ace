// Layouts chosen by graph size behind one interface, and a position cache so a layout runs once per graph.
import cytoscape, { type Core, type EdgeSingular, type NodeCollection, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

export interface LayoutStrategy {
  readonly name: string;
  /** Largest node count this strategy handles in well under a second. */
  readonly maxNodes: number;
  run(cy: Core, nodes: NodeCollection): Promise<void>;
}

const runLayout = (cy: Core, nodes: NodeCollection, options: Record<string, unknown>) =>
  new Promise<void>((resolve) => {
    const layout = nodes.union(nodes.connectedEdges()).layout({ animate: false, fit: false, ...options } as never);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });

const fcoseOptions = (quality: 'proof' | 'default' | 'draft', n: number) => ({
  name: 'fcose', quality, randomize: true, nodeSeparation: 110, idealEdgeLength: (e: EdgeSingular) => 90 + 8 * Math.min(e.source().degree(false), e.target().degree(false)),
  nodeRepulsion: () => 45000, edgeElasticity: () => 0.3, gravity: 0.15, gravityRange: 3.8, packComponents: true, tile: true,
  tilingPaddingVertical: 20, tilingPaddingHorizontal: 20, numIter: n > 600 ? 1200 : 2500,
});

export const LAYOUTS: LayoutStrategy[] = [
  { name: 'fcose-proof', maxNodes: 400, run: (cy, nodes) => runLayout(cy, nodes, fcoseOptions('proof', nodes.length)) },
  { name: 'fcose-draft', maxNodes: 3000, run: (cy, nodes) => runLayout(cy, nodes, fcoseOptions('draft', nodes.length)) },
  { name: 'grid', maxNodes: Infinity, run: (cy, nodes) => runLayout(cy, nodes, { name: 'grid', avoidOverlap: true }) },
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

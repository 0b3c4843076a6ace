// Layouts chosen by graph size behind one interface, and a position cache so a layout runs once per graph.
import cytoscape, { type Core, type EdgeSingular, type NodeCollection, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from '../state/state.js';
import { concentricPositions } from './concentric-layout.js';
import { degreesWithin, graphOf, type PlainGraph } from './plain-graph.js';
import { radialPositions } from './radial-layout.js';
import { NODE_BORDER } from './style.js';

cytoscape.use(fcose);

export type { LayoutName };
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed', concentric: 'Concentric by connections', kind: 'Grouped by kind', time: 'In time order',
};

/** A layout either computes positions from plain data (before the elements exist) or runs on the elements. */
export interface LayoutStrategy {
  readonly name: string;
  /** Largest node count this strategy handles in well under a second. */
  readonly maxNodes: number;
  /** anchor is the actor the view is centred on, when there is one; centre is the middle of the canvas. */
  positions?(graph: PlainGraph, anchor: string, centre: Position): Record<string, Position>;
  /** incremental: start from the current positions (after a filter) instead of from scratch. */
  run?(cy: Core, nodes: NodeCollection, anchor: string, incremental: boolean): Promise<void>;
}

/**
 * Runs a Cytoscape layout with Math.random seeded, so the same data gives the same picture in every browser:
 * a shared link shows a colleague what the sender saw. (Layouts without animation run synchronously.)
 */
const runLayout = (cy: Core, nodes: NodeCollection, options: Record<string, unknown>) =>
  new Promise<void>((resolve) => {
    const layout = nodes.union(nodes.edgesWith(nodes)).layout({ animate: false, fit: false, ...options } as never);
    layout.one('layoutstop', () => resolve());
    const random = Math.random;
    let seed = 20230919;
    Math.random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    try { layout.run(); } finally { Math.random = random; }
  });

const fcoseOptions = (n: number, incremental: boolean) => ({
  name: 'fcose', quality: 'proof', randomize: !incremental, nodeSeparation: 110, idealEdgeLength: (e: EdgeSingular) => 90 + 8 * Math.min(e.source().degree(false), e.target().degree(false)),
  nodeRepulsion: () => 45000, edgeElasticity: () => 0.3, gravity: 0.15, gravityRange: 3.8, packComponents: true, tile: true,
  tilingPaddingVertical: 20, tilingPaddingHorizontal: 20, numIter: n > 200 ? 1500 : 2500, nodeDimensionsIncludeLabels: false,
});

/** Nodes on a sunflower spiral around (cx, cy), most connected in the middle: dense and without overlaps. */
function sunflower(nodes: NodeSingular[], cx: number, cy: number, spacing: number): void {
  nodes.forEach((n, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    const a = i * 2.399963;
    n.position({ x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
  });
}

/** One cluster per actor kind, side by side, largest first. */
async function byKind(_cy: Core, nodes: NodeCollection): Promise<void> {
  const groups = new Map<string, NodeSingular[]>();
  const degree = degreesWithin(graphOf(nodes));
  nodes.forEach((n) => { const k = n.data('kind') as string; groups.set(k, [...(groups.get(k) ?? []), n]); });
  let x = 0;
  for (const members of [...groups.values()].sort((a, b) => b.length - a.length)) {
    members.sort((a, b) => degree.get(b.id())! - degree.get(a.id())!);
    const radius = 48 * Math.sqrt(members.length + 0.5);
    sunflower(members, x + radius, 0, 48);
    x += 2 * radius + 120;
  }
}

/** Left to right by each actor's first dated statement (said or received); actors with none on the left. */
async function byTime(_cy: Core, nodes: NodeCollection): Promise<void> {
  const first = (n: NodeSingular) => n.connectedEdges('[type = "SPOKE_ABOUT"]').filter((e) => nodes.contains(e.source()) && nodes.contains(e.target()))
    .map((e) => e.data('firstDate') as string | null | undefined).filter((d): d is string => !!d).sort()[0] ?? '';
  const columns = new Map<string, NodeSingular[]>();
  nodes.forEach((n) => { const d = first(n); columns.set(d, [...(columns.get(d) ?? []), n]); });
  [...columns.keys()].sort().forEach((date, col) => {
    const members = columns.get(date)!.sort((a, b) => (b.data('spokenAbout') as number) - (a.data('spokenAbout') as number));
    members.forEach((n, row) => n.position({ x: col * 90, y: (row - (members.length - 1) / 2) * 70 }));
  });
}

export const LAYOUTS: Record<LayoutName | 'radial', LayoutStrategy> = {
  force: { name: 'force', maxNodes: 400, run: (cy, nodes, _a, incremental) => runLayout(cy, nodes, fcoseOptions(nodes.length, incremental)) },
  concentric: { name: 'concentric', maxNodes: 3000, positions: (graph, _a, centre) => concentricPositions(graph, centre, NODE_BORDER) },
  kind: { name: 'kind', maxNodes: 3000, run: byKind },
  time: { name: 'time', maxNodes: 3000, run: byTime },
  radial: { name: 'radial', maxNodes: Infinity, positions: radialPositions },
};

/**
 * Up to this many actors a force-directed layout reads well. Above it, the few much-quoted actors pull everyone
 * into one ball (the seed's first view: 200 actors, a third of them around Azerbaijan), while rings by number
 * of connections fill the canvas with the hubs in the middle and leave room for the names around them.
 */
export const FORCE_READS_UP_TO = 80;

/** The chosen layout when it can handle this many nodes; otherwise one by size: force, concentric, then radial. */
export function layoutFor(nodeCount: number, chosen: LayoutName | '' = ''): LayoutStrategy {
  if (chosen && nodeCount <= LAYOUTS[chosen].maxNodes) return LAYOUTS[chosen];
  if (nodeCount <= FORCE_READS_UP_TO) return LAYOUTS.force;
  return nodeCount <= LAYOUTS.concentric.maxNodes ? LAYOUTS.concentric : LAYOUTS.radial;
}

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

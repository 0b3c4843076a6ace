// A radial hop layout for large graphs, in linear time: the anchor in the centre, each ring one hop further out,
// every actor near the one it was reached from (each subtree gets an angle in proportion to its size).
import type { Position } from 'cytoscape';
import type { PlainGraph } from './plain-graph.js';

const SPACING = 34;
const RING = 150;

interface TreeNode { id: string; depth: number; children: TreeNode[]; leaves: number }

/** Undirected adjacency lists over plain ids: walking Cytoscape collections is far slower. */
function adjacency(graph: PlainGraph): Map<string, string[]> {
  const adj = new Map<string, string[]>(graph.nodes.map((id) => [id, [] as string[]]));
  for (const [s, t] of graph.edges) {
    if (adj.has(s) && adj.has(t)) { adj.get(s)!.push(t); adj.get(t)!.push(s); }
  }
  return adj;
}

function bfsForest(graph: PlainGraph, anchor: string): TreeNode[] {
  const adj = adjacency(graph);
  const seen = new Set<string>();
  const roots: TreeNode[] = [];
  const byDegree = [...adj.keys()].sort((a, b) => adj.get(b)!.length - adj.get(a)!.length);
  for (const start of [adj.has(anchor) ? anchor : byDegree[0], ...byDegree]) {
    if (seen.has(start)) continue;
    const root: TreeNode = { id: start, depth: roots.length ? 1 : 0, children: [], leaves: 0 };
    roots.push(root);
    seen.add(start);
    const queue: TreeNode[] = [root];
    for (let i = 0; i < queue.length; i++) {
      const t = queue[i];
      for (const m of adj.get(t.id) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        const child: TreeNode = { id: m, depth: t.depth + 1, children: [], leaves: 0 };
        t.children.push(child);
        queue.push(child);
      }
    }
  }
  return roots;
}

const countLeaves = (t: TreeNode): number => (t.leaves = t.children.length ? t.children.reduce((s, c) => s + countLeaves(c), 0) : 1);

export function radialPositions(graph: PlainGraph, anchor: string): Record<string, Position> {
  if (!graph.nodes.length) return {};
  const [main, ...others] = bfsForest(graph, anchor);
  // Everything not connected to the anchor hangs off a virtual centre as extra subtrees one ring out.
  const centre: TreeNode = { ...main, children: [...main.children, ...others] };
  countLeaves(centre);
  const perDepth = new Map<number, number>();
  const walk = (t: TreeNode) => { perDepth.set(t.depth, (perDepth.get(t.depth) ?? 0) + 1); t.children.forEach(walk); };
  walk(centre);
  const radius = (d: number) => (d === 0 ? 0 : Math.max(d * RING, ((perDepth.get(d) ?? 0) * SPACING) / (2 * Math.PI)));
  const out: Record<string, Position> = {};
  const place = (t: TreeNode, from: number, to: number) => {
    const angle = (from + to) / 2;
    const r = radius(t.depth);
    out[t.id] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
    let at = from;
    for (const c of [...t.children].sort((a, b) => b.leaves - a.leaves)) {
      const span = ((to - from) * c.leaves) / t.leaves;
      place(c, at, at + span);
      at += span;
    }
  };
  place(centre, 0, 2 * Math.PI);
  return out;
}

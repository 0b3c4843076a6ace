// API elements -> Cytoscape element definitions, with the derived data the style reads (size, width, short label, key).
import type { ElementDefinition } from 'cytoscape';
import type { Elements, GraphEdgeData, GraphNodeData } from '../api/types.js';
import { edgeKey } from '../state/state.js';
import { kindLook } from './palette.js';

export const nodeSize = (spokenAbout: number) => Math.min(74, 20 + 8 * Math.sqrt(spokenAbout));
export const edgeWidth = (count: number) => Math.min(11, 1.6 + 1.9 * Math.sqrt(Math.max(0, count - 1)));

/** "Nikol Pashinyan" stays; long names keep their first words up to ~18 characters. */
export function shortLabel(label: string, max = 18): string {
  if (label.length <= max) return label;
  const words = label.split(/\s+/);
  let out = '';
  for (const w of words) {
    if ((out + ' ' + w).trim().length > max) break;
    out = (out + ' ' + w).trim();
  }
  return `${out || label.slice(0, max - 1)}…`;
}

export function nodeDefinition(d: GraphNodeData): ElementDefinition {
  const look = kindLook(d.kind);
  return { group: 'nodes', data: { ...d, short: shortLabel(d.label), size: nodeSize(d.spokenAbout), color: look.color, shape: look.shape } };
}

export function edgeDefinition(d: GraphEdgeData): ElementDefinition {
  const key = edgeKey(d.source, d.target, d.type);
  return { group: 'edges', data: { ...d, id: key, key, apiId: d.id, width: edgeWidth(d.count ?? 1) } };
}

export function toDefinitions(elements: Elements): ElementDefinition[] {
  return [...elements.nodes.map((n) => nodeDefinition(n.data)), ...elements.edges.map((e) => edgeDefinition(e.data))];
}

/** Union of several element sets; later sets win for the same id. */
export function mergeElements(sets: Elements[]): Elements {
  const nodes = new Map<string, Elements['nodes'][number]>();
  const edges = new Map<string, Elements['edges'][number]>();
  for (const set of sets) {
    set.nodes.forEach((n) => nodes.set(n.data.id, n));
    set.edges.forEach((e) => edges.set(edgeKey(e.data.source, e.data.target, e.data.type), e));
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].filter((e) => nodes.has(e.data.source) && nodes.has(e.data.target)), truncated: sets.some((s) => s.truncated) };
}

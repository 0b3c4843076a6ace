// Rings by number of connections, the most connected in the middle: Cytoscape's concentric layout computed on
// plain data. Cytoscape's own computes every node's style to learn its size; this one reads the sizes.
import type { Position } from 'cytoscape';
import { degreesWithin, type PlainGraph } from './plain-graph.js';

/** Four degrees to a ring and room between nodes: rings of a few dozen names each, not one crowded disc. */
const LEVEL_WIDTH = 4;
const MIN_NODE_SPACING = 30;
const START_ANGLE = 3 / 2 * Math.PI;

/**
 * Positions around `centre`, as Cytoscape's layout gives them for `avoidOverlap` and `levelWidth: () => 4`:
 * nodes sorted by degree (ties in graph order), a new ring where the degree falls by the level width, each
 * ring as close in as its nodes allow when spaced by the largest node's outer size (`border` included).
 */
export function concentricPositions(graph: PlainGraph, centre: Position, border: number): Record<string, Position> {
  const degree = degreesWithin(graph);
  const maxSize = Math.max(0, ...graph.nodes.map((id) => graph.sizes.get(id)! + border));
  const levels: { ids: string[]; value: number }[] = [];
  for (const id of [...graph.nodes].sort((a, b) => degree.get(b)! - degree.get(a)!)) {
    const value = degree.get(id)!;
    const level = levels.at(-1);
    if (level && Math.abs(level.value - value) < LEVEL_WIDTH) level.ids.push(id);
    else levels.push({ ids: [id], value });
  }
  const minDist = maxSize + MIN_NODE_SPACING;
  const positions: Record<string, Position> = {};
  let r = 0;
  for (const { ids } of levels) {
    const dTheta = (2 * Math.PI - 2 * Math.PI / ids.length) / Math.max(1, ids.length - 1);
    // The radius at which neighbours on the ring are minDist apart (a lone node cannot overlap).
    if (ids.length > 1) {
      const dcos = Math.cos(dTheta) - 1;
      const dsin = Math.sin(dTheta);
      r = Math.max(Math.sqrt(minDist * minDist / (dcos * dcos + dsin * dsin)), r);
    }
    ids.forEach((id, j) => {
      const theta = START_ANGLE + dTheta * j;
      positions[id] = { x: centre.x + r * Math.cos(theta), y: centre.y + r * Math.sin(theta) };
    });
    r += minDist;
  }
  return positions;
}

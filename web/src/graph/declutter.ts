// Which node labels to draw: in priority order, each label is kept only if its box overlaps no label already
// kept. A coarse grid keeps this linear in the number of candidates, so it runs on every pan and zoom.

/** A label's box in rendered pixels, and the node it belongs to. */
export interface LabelBox { id: string; x1: number; y1: number; x2: number; y2: number }

const CELL = 64;

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The ids whose labels fit without overlapping, taken greedily in the given order (most important first). */
export function pickLabels(boxes: readonly LabelBox[]): Set<string> {
  const grid = new Map<string, LabelBox[]>();
  const kept = new Set<string>();
  const cells = (b: LabelBox) => {
    const out: string[] = [];
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) {
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) out.push(`${cx}:${cy}`);
    }
    return out;
  };
  for (const box of boxes) {
    const mine = cells(box);
    if (mine.some((c) => grid.get(c)?.some((other) => overlaps(box, other)))) continue;
    kept.add(box.id);
    mine.forEach((c) => { const list = grid.get(c); if (list) list.push(box); else grid.set(c, [box]); });
  }
  return kept;
}

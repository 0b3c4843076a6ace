// Pushes overlapping nodes apart after a layout: a node drawn on top of another hides it and leaves the edges
// between them with no length to draw (Cytoscape's "invalid endpoints"). Pairs are found through a grid.

export interface Disc { id: string; x: number; y: number; r: number }

/** Moves the discs (in place) until no two are closer than their radii plus `gap`, or `rounds` passes are done. */
export function separate(discs: Disc[], gap = 8, rounds = 40): Disc[] {
  if (discs.length < 2) return discs;
  const cell = 2 * Math.max(...discs.map((d) => d.r)) + gap;
  const order = new Map(discs.map((d, i) => [d, i]));
  for (let round = 0; round < rounds; round++) {
    const grid = new Map<string, Disc[]>();
    for (const d of discs) {
      const key = `${Math.floor(d.x / cell)}:${Math.floor(d.y / cell)}`;
      const list = grid.get(key);
      if (list) list.push(d); else grid.set(key, [d]);
    }
    let moved = false;
    discs.forEach((a, i) => {
      const gx = Math.floor(a.x / cell);
      const gy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        for (const b of grid.get(`${gx + dx}:${gy + dy}`) ?? []) {
          if (order.get(b)! <= i) continue;
          const want = a.r + b.r + gap;
          let vx = b.x - a.x;
          let vy = b.y - a.y;
          let dist = Math.hypot(vx, vy);
          if (dist >= want) continue;
          // Coincident nodes part along a direction fixed by their order, so the result does not depend on chance.
          if (dist < 1e-6) { const angle = i * 2.399963; vx = Math.cos(angle); vy = Math.sin(angle); dist = 1; }
          const push = (want - dist) / 2 / dist;
          a.x -= vx * push; a.y -= vy * push;
          b.x += vx * push; b.y += vy * push;
          moved = true;
        }
      }
    });
    if (!moved) break;
  }
  return discs;
}

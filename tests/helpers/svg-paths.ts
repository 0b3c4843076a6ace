// Reading the SVG export's connections back: where each path starts and ends, and where it is halfway along.
export type Point = { x: number; y: number };

/** The points of one path's data (a line, a quadratic or a cubic Bézier curve), and its point at t = 1/2. */
export function tracePath(d: string): { start: Point; end: Point; middle: Point } {
  const v = d.match(/-?[\d.]+/g)!.map(Number);
  const points = Array.from({ length: v.length / 2 }, (_, i) => ({ x: v[2 * i]!, y: v[2 * i + 1]! }));
  const [start, end] = [points[0]!, points.at(-1)!];
  const weights = [[0.5, 0.5], [0.25, 0.5, 0.25], [0.125, 0.375, 0.375, 0.125]][points.length - 2]!;
  const middle = weights.reduce((m, w, i) => ({ x: m.x + w * points[i]!.x, y: m.y + w * points[i]!.y }), { x: 0, y: 0 });
  return { start, end, middle };
}

export const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

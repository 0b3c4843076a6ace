// The SVG export's connections: each one visible on its own, as on the canvas, however many join one pair of
// actors, and each ending at its target's rim.
import { describe, expect, it } from 'vitest';
import { edgePaths, type DrawnEdge, type DrawnNode } from '../../web/src/export/edge-paths.js';
import { distance, tracePath } from '../helpers/svg-paths.js';

const nodes = new Map<string, DrawnNode>([
  ['aliyev', { X: 100, Y: 100, R: 10, square: false }],
  ['pashinyan', { X: 400, Y: 100, R: 10, square: false }],
  ['armenia', { X: 400, Y: 400, R: 20, square: true }],
]);
const edge = (source: string, target: string, type = 'SPOKE_ABOUT', width = 2): DrawnEdge =>
  ({ key: `${source}>${target}>${type}`, source, target, width });
const paths = (edges: DrawnEdge[]) => {
  const drawn = edgePaths(edges, nodes);
  return edges.map((e) => tracePath(drawn.get(e.key)!));
};

describe('the SVG export draws every connection apart', () => {
  it("a pair's only connection is a straight line from the source's centre to the target's rim", () => {
    const [line] = paths([edge('aliyev', 'pashinyan')]);
    expect(line!.start).toEqual({ x: 100, y: 100 });
    expect(line!.end).toEqual({ x: 390, y: 100 });
    expect(line!.middle.y).toBe(100);
  });

  it('what each of two actors said of the other is two curves on opposite sides, one arrow into each', () => {
    const [there, back] = paths([edge('aliyev', 'pashinyan'), edge('pashinyan', 'aliyev')]);
    expect(distance(there!.middle, back!.middle)).toBeGreaterThanOrEqual(16);
    expect(Math.sign(there!.middle.y - 100)).toBe(-Math.sign(back!.middle.y - 100));
    // On the rim, to the tenth of a pixel the SVG writes.
    expect(Math.abs(distance(there!.end, { x: 400, y: 100 }) - 10)).toBeLessThan(0.15);
    expect(Math.abs(distance(back!.end, { x: 100, y: 100 }) - 10)).toBeLessThan(0.15);
  });

  it('a tie beside statements both ways: three curves, kept apart by more than the widest line', () => {
    const edges = [
      edge('aliyev', 'pashinyan', 'SPOKE_ABOUT', 11), edge('pashinyan', 'aliyev'), edge('aliyev', 'pashinyan', 'ALLIED_WITH', 1.2),
    ];
    const middles = paths(edges).map((p) => p.middle);
    for (const [i, a] of middles.entries()) {
      for (const b of middles.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(11 + 6 - 0.1);
    }
  });

  it("the same set of connections is drawn the same way whatever order they come in", () => {
    const edges = [edge('aliyev', 'pashinyan'), edge('pashinyan', 'aliyev'), edge('aliyev', 'pashinyan', 'MEMBER_OF')];
    const drawn = edgePaths(edges, nodes);
    expect(edgePaths([...edges].reverse(), nodes)).toEqual(drawn);
  });

  it("a line into a square ends on the square's side, not inside it", () => {
    const [diagonal] = paths([edge('aliyev', 'armenia')]);
    // From (100, 100) towards (400, 400): the rim of a square of half-side 20 is its corner, (380, 380).
    expect(diagonal!.end).toEqual({ x: 380, y: 380 });
  });

  it('what an actor said of itself is a loop above it, from its rim to its rim, several nested apart', () => {
    const loops = paths([edge('armenia', 'armenia'), edge('armenia', 'armenia', 'MEMBER_OF', 1.2)]);
    for (const loop of loops) {
      expect([loop.start.y, loop.end.y]).toEqual([380, 380]);
      expect(loop.middle.y).toBeLessThan(380 - 10);
    }
    expect(loops[0]!.middle.y - loops[1]!.middle.y).toBeGreaterThanOrEqual(10);
  });

  it('two actors drawn at one place still give numbers, bowing their connections apart', () => {
    const together = new Map([...nodes, ['pashinyan', { ...nodes.get('armenia')! }]]);
    const edges = [edge('armenia', 'pashinyan'), edge('pashinyan', 'armenia')];
    const drawn = [...edgePaths(edges, together).values()];
    expect(drawn.join(' ')).not.toContain('NaN');
    const [one, other] = drawn.map((d) => tracePath(d).middle);
    expect(distance(one!, other!)).toBeGreaterThanOrEqual(16);
  });
});

// Every shortest connection between two actors within maxHops, found breadth first from both ends:
// each round expands the smaller frontier by one level (one neighbours query), so the frontiers stay
// small even when one end is a much-connected actor. The answer is the same as a search from one end:
// every actor on some shortest path, and each step between consecutive actors with its hop number.
// A round first asks only for the links to the other side's frontier when that frontier is not much
// larger: if there are any, that round meets the other side, and only those links are recorded;
// a much-quoted level has thousands of neighbours and a few hundred such links.

/** Each actor's neighbours, in any order, one possibly more than once; only those in within when it is given. */
export type Neighbours = (ids: string[], within?: string[]) => Promise<Map<string, string[]>>;
export interface ShortestPaths { actors: Set<string>; hops: Map<string, number> }

interface Side { dist: Map<string, number>; parents: Map<string, Set<string>>; frontier: string[]; depth: number }

const side = (start: string): Side => ({ dist: new Map([[start, 0]]), parents: new Map(), frontier: [start], depth: 0 });
/**
 * The links to the other frontier are asked for first while it has at most this many times the actors
 * of the one expanded: the engines look each of its actors up, which costs more than the expansion when
 * a quiet actor meets a frontier of thousands (measured at 10^6 relationships: docs/performance.md).
 */
const WITHIN_FIRST_RATIO = 5;

/** The key of a step between two actors, whichever way it is read. */
export const stepKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export async function shortestPaths(from: string, to: string, maxHops: number, neighbours: Neighbours): Promise<ShortestPaths | undefined> {
  if (from === to) return { actors: new Set([from]), hops: new Map() };
  const ends = [side(from), side(to)] as const;
  while (ends[0].depth + ends[1].depth < maxHops) {
    const [near, far] = ends[0].frontier.length <= ends[1].frontier.length ? ends : [ends[1], ends[0]];
    if (near.frontier.length === 0) return undefined;
    near.depth++;
    const isNew = (v: string) => (near.dist.get(v) ?? near.depth) >= near.depth;
    // The first level that reaches the other side's visited actors meets it at its deepest level. Only
    // its meeting actors lie on a path, so on that level no other actor is recorded: a much-connected
    // level lists tens of thousands of neighbours.
    const meets = (v: string) => far.dist.get(v) === far.depth && isNew(v);
    const meetsIn = (l: Map<string, string[]>) => [...l.values()].some((ns) => ns.some(meets));
    const links = far.frontier.length <= WITHIN_FIRST_RATIO * near.frontier.length ? await neighbours(near.frontier, far.frontier) : undefined;
    const level = links && meetsIn(links) ? links : await neighbours(near.frontier);
    // Links to the other frontier that were asked for and did not meet it mean no neighbour does.
    const meeting = links ? level === links : meetsIn(level);
    const next = new Set<string>();
    for (const [u, ns] of level) {
      for (const v of ns) {
        if (meeting ? !meets(v) : !isNew(v)) continue;
        near.dist.set(v, near.depth);
        next.add(v);
        near.parents.set(v, (near.parents.get(v) ?? new Set()).add(u));
      }
    }
    near.frontier = [...next];
    if (meeting) return assemble(near.frontier, ends[0], ends[1]);
  }
  return undefined;
}

/** Walks back from the meeting actors to both ends; hops count from the start. */
function assemble(meeting: string[], start: Side, end: Side): ShortestPaths {
  const total = start.depth + end.depth;
  const actors = new Set(meeting);
  const hops = new Map<string, number>();
  for (const [s, hopOf] of [[start, (d: number) => d], [end, (d: number) => total - d + 1]] as const) {
    const stack = [...meeting];
    const walked = new Set(meeting);
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (const u of s.parents.get(v) ?? []) {
        hops.set(stepKey(u, v), hopOf(s.dist.get(v)!));
        actors.add(u);
        if (!walked.has(u)) { walked.add(u); stack.push(u); }
      }
    }
  }
  return { actors, hops };
}

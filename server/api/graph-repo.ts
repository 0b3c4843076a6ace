// The network as Cytoscape elements: actors as nodes, statements folded into actor→actor
// "spoke about" edges, ties as edges of their own type. Neighbourhoods and paths are found level by
// level with the spoke-neighbours and tie-neighbours queries (a path's meeting level with
// spoke-neighbours-within), so both engines answer them the same way.
// Without a date range, "spoke about" is read from the relationships derived from the statements
// (cypher/derive/); a date range, or an answer that lists statement ids, reads the statements.
import type { z } from 'zod';
import { dominantOf, STANCE_POLARITY, type Stance } from '../domain/stances.js';
import type { EdgeType } from '../domain/vocabulary.js';
import { typedReader, type ReadRow } from '../queries/reads.js';
import type { GraphStore } from '../store/store.js';
import { asOfParams, dateRange } from './params.js';
import { shortestPaths, stepKey } from './shortest-paths.js';
import type { Elements, GraphEdge } from '../schemas/graph.js';

type ElementsJson = z.infer<typeof Elements>;
type EdgeJson = z.infer<typeof GraphEdge>;

export interface GraphFilter { include: EdgeType[]; stances: Stance[]; from?: string; to?: string; asOf?: string }
/** What an answer carries beyond the edges themselves: the statement ids of each "spoke about" edge are most of its bytes between much-quoted actors. */
export interface GraphDetail { statementIds: boolean }
const NO_DETAIL: GraphDetail = { statementIds: false };
/** How many actors of a neighbourhood's level are asked for their neighbours first. */
const FIRST_ASKED = 8;

/** Elements in order of id: the engines return rows in no order of their own, and answers must not depend on it. */
const byId = <T extends { data: { id: string } }>(items: T[]): T[] => items.sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));

/**
 * A speaker→target pair as spoke-edges-among gives it, folded by the engine: its stances with their
 * statement counts in the same order, its first and last dates; with the statement ids when the answer
 * carries them. The other sources of "spoke about" (rows per stance, rows per statement) are folded into it.
 */
type Pair = ReadRow<'spoke-edges-among'> & { ids?: string[] };

/** Adds a stance's statements and their dates (null: undated) to the pair of source and target. */
function addStance(pairs: Map<string, Pair>, { source, target }: { source: string; target: string }, stance: Stance, statements: number, dates: (string | null)[]): Pair {
  const key = `${source}->${target}`;
  let p = pairs.get(key);
  if (!p) pairs.set(key, (p = { source, target, stances: [], counts: [], firstDate: null, lastDate: null }));
  const i = p.stances.indexOf(stance);
  if (i < 0) { p.stances.push(stance); p.counts.push(statements); } else p.counts[i]! += statements;
  for (const d of dates) {
    if (d === null) continue;
    if (p.firstDate === null || d < p.firstDate) p.firstDate = d;
    if (p.lastDate === null || d > p.lastDate) p.lastDate = d;
  }
  return p;
}

/** Per-statement rows (spoken-among) folded into pairs, keeping the statement ids. */
function pairsWithIds(rows: ReadRow<'spoken-among'>[]): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  for (const r of rows) (addStance(pairs, r, r.stance, 1, [r.date]).ids ??= []).push(r.statement);
  for (const p of pairs.values()) p.ids = [...new Set(p.ids)].sort();
  return pairs;
}

/** Rows per stance (spoke-pairs, spoke-pairs-among, spoke-edges) folded into pairs. */
function pairsOf(rows: ReadRow<'spoke-pairs-among'>[]): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  for (const r of rows) addStance(pairs, r, r.stance, r.statements, [r.firstDate, r.lastDate]);
  return pairs;
}

const pairsOfFolded = (rows: ReadRow<'spoke-edges-among'>[]): Map<string, Pair> => new Map(rows.map((r) => [`${r.source}->${r.target}`, r]));

/**
 * One "spoke about" edge per speaker→target pair (a statement has one stance towards each target, so the
 * counts per stance add up to the pair's statements). An actor speaking about itself is no edge.
 */
export function foldSpokeAbout(pairs: Map<string, Pair>): EdgeJson[] {
  const edges: EdgeJson[] = [];
  for (const [key, { source, target, stances, counts, firstDate, lastDate, ids }] of pairs) {
    if (source === target) continue;
    // Built with loops: a path's or a neighbourhood's thousands of pairs took 7 ms as entries arrays.
    const perStance: Record<string, number> = {};
    let count = 0;
    for (let i = 0; i < stances.length; i++) { perStance[stances[i]!] = counts[i]!; count += counts[i]!; }
    const dominant = dominantOf(stances, counts)!; // every pair has at least one statement
    edges.push({ data: {
      id: `spoke:${key}`, source, target, type: 'SPOKE_ABOUT', count, stances: perStance,
      dominantStance: dominant, polarity: STANCE_POLARITY[dominant], ...(ids ? { statementIds: ids } : {}),
      firstDate, lastDate,
    } });
  }
  return byId(edges);
}

function tieEdges(rows: ReadRow<'ties-among'>[], include: EdgeType[]): EdgeJson[] {
  return byId(rows.filter((r) => include.includes(r.type)).map(({ type, fromId, toId, detail, since, until }) => ({ data: {
    id: `${type}:${fromId}->${toId}`, source: fromId, target: toId, type, detail, since, until,
  } })));
}

export function createGraphRepo(store: GraphStore) {
  const read = typedReader(store);

  async function nodes(ids?: string[]) {
    const rows = ids ? (await read('actors-by-ids', { ids })).map((r) => ({ ...r, said: r.statementsBy, spokenAbout: r.statementsAbout })) : await read('all-actors', {});
    return byId(rows.map(({ id, name, kind, said, spokenAbout }) => ({ data: { id, label: name, kind, said, spokenAbout } })));
  }

  /** The "spoke about" pairs: derived, folded by the engine in a date range, or row by row when the answer carries statement ids. */
  async function spokePairs(ids: string[] | undefined, f: GraphFilter, detail: GraphDetail): Promise<Map<string, Pair>> {
    const filter = { stances: f.stances, ...dateRange(f.from, f.to) };
    if (detail.statementIds) return pairsWithIds(await (ids ? read('spoken-among', { ids, ...filter }) : read('spoken-about', filter)));
    if (filter.anyDate) return ids ? pairsOfFolded(await read('spoke-edges-among', { ids, stances: f.stances })) : pairsOf(await read('spoke-edges', { stances: f.stances }));
    return pairsOf(await (ids ? read('spoke-pairs-among', { ids, ...filter }) : read('spoke-pairs', filter)));
  }

  async function edges(ids: string[] | undefined, f: GraphFilter, detail: GraphDetail): Promise<EdgeJson[]> {
    const [spoke, ties] = await Promise.all([
      f.include.includes('SPOKE_ABOUT') ? spokePairs(ids, f, detail) : new Map<string, Pair>(),
      f.include.some((t) => t !== 'SPOKE_ABOUT') ? (ids ? read('ties-among', { ids, ...asOfParams(f.asOf) }) : read('ties-all', asOfParams(f.asOf))) : [],
    ]);
    return [...foldSpokeAbout(spoke), ...tieEdges(ties, f.include)];
  }

  async function overview(f: GraphFilter, detail = NO_DETAIL): Promise<ElementsJson> {
    const [n, e] = await Promise.all([nodes(), edges(undefined, f, detail)]);
    return { nodes: n, edges: e, truncated: false };
  }

  /**
   * Actors one step from each of these, through the included edge types (only those in within, when it
   * is given): a list per actor, in which an actor both spoken about and tied (or tied twice) comes more
   * than once. Much-connected levels list tens of thousands, so the engine's lists are kept as they come;
   * a neighbourhood sorts the ones it reads, a path needs no order. An actor has few ties, so they are
   * read whole and kept to within here.
   */
  async function neighbours(ids: string[], f: GraphFilter, within?: string[]): Promise<Map<string, string[]>> {
    const ties: EdgeType[] = f.include.filter((t) => t !== 'SPOKE_ABOUT');
    const [spoke, tied] = await Promise.all([
      !f.include.includes('SPOKE_ABOUT') ? [] : within ? read('spoke-neighbours-within', { ids, within }) : read('spoke-neighbours', { ids }),
      ties.length > 0 ? read('tie-neighbours', { ids, ...asOfParams(f.asOf) }) : [],
    ]);
    const kept = within && new Set(within);
    const out = new Map<string, string[]>(ids.map((i) => [i, []]));
    for (const r of spoke) { const list = out.get(r.id); if (list) for (const n of r.neighbours) list.push(n); }
    for (const r of tied) if (ties.includes(r.type) && (!kept || kept.has(r.neighbour))) out.get(r.id)?.push(r.neighbour);
    return out;
  }

  /** The actors within depth steps of id, at most limit of them; a signal that aborts stops it between its reads. */
  async function neighborhood(id: string, depth: number, limit: number, f: GraphFilter, detail = NO_DETAIL, signal?: AbortSignal): Promise<ElementsJson> {
    const seen = new Set([id]);
    let frontier = [id];
    let truncated = false;
    for (let d = 0; d < depth && frontier.length > 0 && !truncated; d++) {
      const next: string[] = [];
      // The level's actors are asked in turn, a few first and four times more each time after: the
      // first ones' neighbours often fill the limit, and the answer is the same as from one query.
      for (let start = 0, size = FIRST_ASKED; start < frontier.length && !truncated; start += size, size *= 4) {
        signal?.throwIfAborted();
        for (const ns of (await neighbours(frontier.slice(start, start + size), f)).values()) {
          for (const n of [...new Set(ns)].sort()) {
            if (seen.has(n)) continue;
            if (seen.size >= limit) { truncated = true; break; }
            seen.add(n); next.push(n);
          }
        }
      }
      frontier = next;
    }
    const ids = [...seen];
    signal?.throwIfAborted();
    const [n, e] = await Promise.all([nodes(ids), edges(ids, f, detail)]);
    return { nodes: n, edges: e, truncated };
  }

  /** Every shortest connection between two actors within maxHops, as elements; each edge marked with its hop. */
  async function path(from: string, to: string, maxHops: number, f: GraphFilter, detail = NO_DETAIL): Promise<ElementsJson | undefined> {
    const found = await shortestPaths(from, to, maxHops, (ids, within) => neighbours(ids, f, within));
    if (!found) return undefined;
    const ids = [...found.actors];
    const [n, all] = await Promise.all([nodes(ids), edges(ids, f, detail)]);
    const pathEdges = all.flatMap((e) => {
      const hop = found.hops.get(stepKey(e.data.source, e.data.target));
      return hop === undefined ? [] : [{ data: { ...e.data, hop } }];
    });
    return { nodes: n, edges: pathEdges.sort((a, b) => a.data.hop! - b.data.hop! || a.data.id.localeCompare(b.data.id)), truncated: false };
  }

  return { overview, neighborhood, path };
}
export type GraphRepo = ReturnType<typeof createGraphRepo>;

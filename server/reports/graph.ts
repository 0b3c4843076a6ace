// A report that declares `@graph` returns edges, one per row, that the server turns into Cytoscape
// elements for the network view. The convention, by column name:
//   source, target   the ids of the two ends (required; rows without both are skipped)
//   type             the edge type, e.g. MEMBER_OF or SPOKE_ABOUT (default RELATED)
//   sourceName, targetName, sourceKind, targetKind
//                    how to show an end that is not an actor (a statement, an event); actors are
//                    described from the graph itself (name, kind, statement counts)
//   detail, since, until, hop
//                    shown on the edge; a detail that is a stance colours the edge by its polarity
//   statements       the edge's weight (count); with hostile, critical, neutral and supportive
//                    counts the edge takes the polarity of the largest (the more hostile on a tie)
import type { z } from 'zod';
import { isStance, POLARITIES, STANCE_POLARITY } from '../domain/stances.js';
import type { ActorSummary } from '../schemas/actors.js';
import type { Elements, GraphEdge, GraphNode } from '../schemas/graph.js';
import type { Row } from '../store/store.js';

type ElementsJson = z.infer<typeof Elements>;
type EdgeData = z.infer<typeof GraphEdge>['data'];
type NodeData = z.infer<typeof GraphNode>['data'];
export type DescribeActors = (ids: string[]) => Promise<z.infer<typeof ActorSummary>[]>;

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const whole = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);

function polarityOf(row: Row): Pick<EdgeData, 'polarity' | 'dominantStance'> {
  const detail = text(row.detail);
  if (detail && isStance(detail)) return { dominantStance: detail, polarity: STANCE_POLARITY[detail] };
  const counts = POLARITIES.map((p) => whole(row[p]) ?? 0);
  const top = Math.max(...counts);
  return top > 0 ? { polarity: POLARITIES[counts.indexOf(top)] } : {};
}

function edge(row: Row, source: string, target: string): EdgeData {
  const type = text(row.type) ?? 'RELATED';
  const optional = {
    detail: text(row.detail), since: text(row.since), until: text(row.until),
    hop: whole(row.hop), count: whole(row.statements), ...polarityOf(row),
  };
  const data: EdgeData = { id: `${type}:${source}->${target}`, source, target, type };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined && v !== null) (data as Record<string, unknown>)[k] = v;
  return data;
}

/** The ends named in the rows, for nodes that are not actors. */
function endsFromRows(rows: Row[]): Map<string, NodeData> {
  const ends = new Map<string, NodeData>();
  for (const row of rows) {
    for (const side of ['source', 'target'] as const) {
      const id = text(row[side]);
      if (!id || ends.has(id)) continue;
      ends.set(id, { id, label: text(row[`${side}Name`]) ?? id, kind: text(row[`${side}Kind`]) ?? 'node', said: 0, spokenAbout: 0 });
    }
  }
  return ends;
}

export async function rowsToElements(rows: Row[], describeActors: DescribeActors, truncated: boolean): Promise<ElementsJson> {
  const nodes = endsFromRows(rows);
  for (const a of await describeActors([...nodes.keys()])) {
    nodes.set(a.id, { id: a.id, label: a.name, kind: a.kind, said: a.statementsBy, spokenAbout: a.statementsAbout });
  }
  const edges = new Map<string, EdgeData>();
  for (const row of rows) {
    const source = text(row.source);
    const target = text(row.target);
    if (!source || !target) continue;
    const e = edge(row, source, target);
    // The same pair and type twice (two ABOUT stances of one statement) stay two edges.
    let id = e.id;
    for (let n = 2; edges.has(id); n++) id = `${e.id}#${n}`;
    edges.set(id, { ...e, id });
  }
  return { nodes: [...nodes.values()].map((data) => ({ data })), edges: [...edges.values()].map((data) => ({ data })), truncated };
}

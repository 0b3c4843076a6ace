// A content checksum of the whole graph: every node and relationship with all its properties, in a
// stable order, hashed. Two graphs with the same checksum hold the same data. Used by the load and
// fault tests to prove a load landed whole or not at all.
import { createHash } from 'node:crypto';
import type { GraphStore } from '../server/store/store.js';

const LABELS = ['Actor', 'Statement', 'Source', 'Position', 'Event', 'Place'] as const;
// SPOKE_ABOUT too (and on Neo4j its fold per pair): derived, but a load or a failed write must leave it as
// right as the rest.
const REL_TYPES = ['SAID', 'RELAYED', 'ABOUT', 'TAKES', 'CITED_IN', 'MEMBER_OF', 'HOLDS_OFFICE', 'ALLIED_WITH', 'SUPPLIES_ARMS_TO', 'PARTICIPATED_IN', 'RESPONDS_TO', 'AT', 'REPORTED_IN', 'SPOKE_ABOUT'];
const relTypes = (store: GraphStore) => (store.backend === 'neo4j' ? [...REL_TYPES, 'SPOKE_ABOUT_PAIR'] : REL_TYPES);

export interface GraphFingerprint { nodes: Record<string, number>; relationships: Record<string, number>; checksum: string }

const canonical = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
};

export async function graphFingerprint(store: GraphStore): Promise<GraphFingerprint> {
  const hash = createHash('sha256');
  const all = { timeoutMs: 600_000, rowCap: Number.MAX_SAFE_INTEGER };
  const nodes: Record<string, number> = {}, relationships: Record<string, number> = {};
  for (const label of LABELS) {
    const { rows } = await store.readText(`MATCH (n:${label}) RETURN n ORDER BY n.id`, {}, all);
    nodes[label] = rows.length;
    for (const r of rows) hash.update(`${JSON.stringify(canonical(r.n))}\n`);
  }
  for (const type of relTypes(store)) {
    const { rows } = await store.readText(`MATCH (a)-[r:${type}]->(b) RETURN a.id AS f, b.id AS t, r`, {}, all);
    relationships[type] = rows.length;
    // Sorted whole: two relationships may join the same pair (a statement citing one source twice), so no
    // ORDER BY on their ends gives one order.
    for (const line of rows.map((r) => `${type} ${JSON.stringify(canonical(r))}\n`).sort()) hash.update(line);
  }
  return { nodes, relationships, checksum: hash.digest('hex') };
}

// Converts neo4j-driver values to plain JSON at the store boundary: integers become numbers,
// temporal values ISO strings, nodes and relationships the shared shapes.
// A neighbourhood's answer is thousands of rows of plain strings, numbers and lists, so a result is
// walked once (not once for its nodes, once for its relationships' ends and once to convert), each
// row's columns read straight from the record, and a primitive returned before any type test:
// 2,487 "spoke about" rows of a depth-2 neighbourhood took 14 ms in three walks, most of it there.
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';
import { isoDay, nodeJson, relJson, type Json } from './values.js';

/** A relationship converted before its ends are named: they may be nodes met later in the result. */
interface Unnamed { json: Record<string, Json>; type: string; start: string; end: string; props: Record<string, Json> }

/** What one walk over a result has met: each node's id by element id, and the relationships to name after it. */
export class ResultWalk {
  private readonly ids = new Map<string, Json>();
  private readonly unnamed: Unnamed[] = [];

  /** The records' rows as JSON objects, one key per column. */
  rows(records: Neo4jRecord[]): Record<string, Json>[] {
    const keys = records[0]?.keys.map(String) ?? [];
    return records.map((record) => {
      const row: Record<string, Json> = {};
      for (let i = 0; i < keys.length; i++) row[keys[i]!] = this.json(record.get(i));
      return row;
    });
  }

  /** Element ids of relationship ends that are not among the result's nodes. */
  missingEnds(): string[] {
    const missing = new Set<string>();
    for (const { start, end } of this.unnamed) for (const e of [start, end]) if (!this.ids.has(e)) missing.add(e);
    return [...missing];
  }

  /**
   * Fills in every relationship, its ends named by id: from the result's nodes, or from `found` (element id
   * to id, for the missing ends); null for a node without one.
   */
  nameEnds(found: ReadonlyMap<string, Json>): void {
    const name = (e: string) => (this.ids.has(e) ? this.ids.get(e)! : found.get(e) ?? null);
    for (const { json, type, start, end, props } of this.unnamed) Object.assign(json, relJson(type, name(start), name(end), props));
  }

  private json(value: unknown): Json {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) {
      const out: Json[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) out[i] = this.json(value[i]);
      return out;
    }
    if (typeof value === 'bigint') return Number(value);
    if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
    if (neo4j.isDate(value)) {
      const d = value as { year: unknown; month: unknown; day: unknown };
      return isoDay(Number(d.year), Number(d.month), Number(d.day));
    }
    if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return String(value);
    if (neo4j.isPath(value)) {
      const p = value as Path;
      return { nodes: [p.start, ...p.segments.map((s) => s.end)].map((n) => this.json(n)), relationships: p.segments.map((s) => this.json(s.relationship)) };
    }
    if (neo4j.isNode(value)) {
      const n = value as Node;
      this.ids.set(n.elementId, (n.properties.id as Json) ?? null);
      return nodeJson(n.labels[0] ?? 'Node', this.props(n.properties));
    }
    if (neo4j.isRelationship(value)) {
      const r = value as Relationship;
      const json: Record<string, Json> = {};
      this.unnamed.push({ json, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, props: this.props(r.properties) });
      return json;
    }
    if (isPlainObject(value)) return this.props(value);
    return String(value);
  }

  private props(props: Record<string, unknown>): Record<string, Json> {
    const out: Record<string, Json> = {};
    for (const k in props) out[k] = this.json(props[k]);
    return out;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

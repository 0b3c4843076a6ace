// Converts neo4j-driver values to plain JSON at the store boundary: integers become numbers,
// temporal values ISO strings, nodes and relationships the shared shapes.
// A neighbourhood's answer is thousands of rows of plain strings and numbers, so each walk returns at
// once on a primitive and builds objects with a loop, not with entries arrays.
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import { isoDay, nodeJson, relJson, type Json } from './values.js';

export function collectNodeIds(value: unknown, into: Map<string, Json>): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((v) => collectNodeIds(v, into));
  else if (neo4j.isPath(value)) (value as Path).segments.forEach((s) => { collectNodeIds(s.start, into); collectNodeIds(s.end, into); });
  else if (neo4j.isNode(value)) into.set((value as Node).elementId, ((value as Node).properties.id as Json) ?? null);
  else if (isPlainObject(value)) for (const k in value) collectNodeIds(value[k], into);
}

export function missingEnds(value: unknown, known: Map<string, Json>, into: Set<string>): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((v) => missingEnds(v, known, into));
  else if (neo4j.isRelationship(value)) {
    const r = value as Relationship;
    for (const end of [r.startNodeElementId, r.endNodeElementId]) if (!known.has(end)) into.add(end);
  } else if (isPlainObject(value)) for (const k in value) missingEnds(value[k], known, into);
}

export function toJson(value: unknown, ids: Map<string, Json>): Json {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) {
    const d = value as { year: unknown; month: unknown; day: unknown };
    return isoDay(Number(d.year), Number(d.month), Number(d.day));
  }
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return String(value);
  if (Array.isArray(value)) return value.map((v) => toJson(v, ids));
  if (neo4j.isPath(value)) {
    const p = value as Path;
    return { nodes: [p.start, ...p.segments.map((s) => s.end)].map((n) => toJson(n, ids)), relationships: p.segments.map((s) => toJson(s.relationship, ids)) };
  }
  if (neo4j.isNode(value)) {
    const n = value as Node;
    return nodeJson(n.labels[0] ?? 'Node', convertProps(n.properties, ids));
  }
  if (neo4j.isRelationship(value)) {
    const r = value as Relationship;
    return relJson(r.type, ids.get(r.startNodeElementId) ?? null, ids.get(r.endNodeElementId) ?? null, convertProps(r.properties, ids));
  }
  if (isPlainObject(value)) return convertProps(value, ids);
  return String(value);
}

function convertProps(props: Record<string, unknown>, ids: Map<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const k in props) out[k] = toJson(props[k], ids);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

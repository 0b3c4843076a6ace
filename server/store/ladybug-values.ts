// Converts LadybugDB values to plain JSON at the store boundary.
// A neighbourhood's answer is thousands of rows of plain strings and numbers, so each walk returns at
// once on a primitive and builds objects with a loop, not with entries arrays (a much-quoted actor's
// 7,037 "spoke about" rows: 17-25 ms to convert the other way, against 35 ms in the engine).
import { isoDay, nodeJson, relJson, type Json } from './values.js';

interface InternalId { table: number; offset: number }
const key = (id: InternalId) => `${id.table}:${id.offset}`;

type Raw = unknown;
const isObj = (v: Raw): v is Record<string, Raw> => typeof v === 'object' && v !== null;
const isNode = (v: Raw): v is Record<string, Raw> => isObj(v) && '_label' in v && '_id' in v && !('_src' in v);
const isRel = (v: Raw): v is Record<string, Raw> => isObj(v) && '_src' in v && '_dst' in v;
const isPath = (v: Raw): v is { _nodes: Raw[]; _rels: Raw[] } => isObj(v) && '_nodes' in v && '_rels' in v;

/** Every column's value of these result rows: the walks below start from them, since a row is never a node, whatever its columns are named. */
export function columnValues(rows: Record<string, Raw>[]): Raw[] {
  const values: Raw[] = [];
  for (const row of rows) for (const k in row) values.push(row[k]);
  return values;
}

/** Collects the ids of every node in a result, so relationships can name their ends by id. */
export function collectNodeIds(value: Raw, into: Map<string, Json>): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((v) => collectNodeIds(v, into));
  else if (isPath(value)) value._nodes.forEach((v) => collectNodeIds(v, into));
  else if (isNode(value)) into.set(key(value._id as InternalId), (value.id as Json) ?? null);
  else if (!(value instanceof Date)) for (const k in value) collectNodeIds((value as Record<string, Raw>)[k], into);
}

/** Internal ids of relationship ends that are not among the result's nodes. */
export function missingEnds(value: Raw, known: Map<string, Json>, into: Map<string, InternalId>): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) value.forEach((v) => missingEnds(v, known, into));
  else if (isPath(value)) value._rels.forEach((v) => missingEnds(v, known, into));
  else if (isRel(value)) {
    for (const end of [value._src, value._dst] as InternalId[]) if (!known.has(key(end))) into.set(key(end), end);
  } else if (!(value instanceof Date) && !isNode(value)) for (const k in value) missingEnds((value as Record<string, Raw>)[k], known, into);
}

export function toJson(value: Raw, ids: Map<string, Json>): Json {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (Array.isArray(value)) return value.map((v) => toJson(v, ids));
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJson(v, ids)]));
  if (isPath(value)) return { nodes: value._nodes.map((n) => toJson(n, ids)), relationships: value._rels.map((r) => toJson(r, ids)) };
  if (isNode(value)) return nodeJson(String(value._label), props(value, ids));
  if (isRel(value)) {
    const end = (id: Raw) => ids.get(key(id as InternalId)) ?? null;
    return relJson(String(value._label), end(value._src), end(value._dst), props(value, ids));
  }
  if (isObj(value)) return fieldsJson(value, ids);
  return String(value);
}

/** A struct's fields, or a result row's columns (see columnValues), as JSON. */
export function fieldsJson(row: Record<string, Raw>, ids: Map<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const k in row) out[k] = toJson(row[k], ids);
  return out;
}

/** A node's or relationship's properties; a null one is left out, since in Neo4j null means "not set". */
function props(value: Record<string, Raw>, ids: Map<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('_') && v !== null && v !== undefined) out[k] = toJson(v, ids);
  return out;
}

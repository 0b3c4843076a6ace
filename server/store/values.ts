// Shapes shared by both adapters: what a node, a relationship and a path look like as plain JSON.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Properties kept inside the database for search only; callers never see them. */
const INTERNAL = new Set(['searchText']);

/** A node as {id, kind, labels, ...properties}; "labels" (not "label") because a Position has a label property. */
export function nodeJson(label: string, props: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(props)) if (!INTERNAL.has(k)) out[k] = v;
  // Actors and sources carry their own kind; every other node's kind is its label.
  if (out.kind === undefined || out.kind === null) out.kind = label.toLowerCase();
  out.labels = [label];
  return out;
}

export function relJson(type: string, from: Json, to: Json, props: Record<string, Json>): Record<string, Json> {
  return { type, from, to, ...props };
}

/** A date as YYYY-MM-DD, the one date shape callers see. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

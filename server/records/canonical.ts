// A canonical form of seed records: lists whose order carries no meaning sorted, records sorted by
// name, keys sorted. Two graphs with the same content have the same canonical dump and checksum,
// whatever order their records were written in.
import { createHash } from 'node:crypto';
import type { Dataset } from '../domain/dataset.js';
import type { Event, Statement } from '../domain/records.js';
import { RECORD_KINDS, SECTION, recordId, type AnyRecord, type RecordKind } from './kinds.js';

/** Ids and names in canonical order: by UTF-16 code unit, as JavaScript compares strings (ids are ASCII, so the engines' order too). */
export const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const by = <T>(key: (x: T) => string) => (a: T, b: T) => compareIds(key(a), key(b));

/** The record with its unordered lists sorted (aliases keep their order: the first is the usual one). */
export function canonicalRecord<T extends AnyRecord>(kind: RecordKind, record: T): T {
  if (kind === 'statement') {
    const s = record as Statement;
    return {
      ...s, about: [...s.about].sort(by((a) => a.target)), positions: [...s.positions].sort(by((p) => p.position)),
      sources: [...s.sources].sort(by((c) => `${c.source}\u0000${c.excerpt}`)), respondsTo: [...s.respondsTo].sort(),
    } as T;
  }
  if (kind === 'event') {
    const e = record as Event;
    return {
      ...e, places: [...e.places].sort(), participants: [...e.participants].sort(by((p) => p.actor)),
      sources: [...e.sources].sort(by((c) => `${c.source}\u0000${c.excerpt}`)),
    } as T;
  }
  return record;
}

export function canonicalDataset(d: Dataset): Dataset {
  const out = {} as Record<keyof Dataset, AnyRecord[]>;
  for (const kind of RECORD_KINDS) {
    const section = SECTION[kind];
    out[section] = (d[section] as AnyRecord[]).map((r) => canonicalRecord(kind, r)).sort(by((r) => recordId(kind, r)));
  }
  return out as Dataset;
}

/** JSON with object keys sorted, so equal content always serialises to equal text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const sameRecord = (kind: RecordKind, a: AnyRecord, b: AnyRecord) => stableJson(canonicalRecord(kind, a)) === stableJson(canonicalRecord(kind, b));

/** sha256 of the canonical dump: the content checksum an export and its re-import share (an export computes it as it streams: streamed-checksum.ts). */
export function checksum(d: Dataset): string {
  return `sha256:${createHash('sha256').update(stableJson(canonicalDataset(d))).digest('hex')}`;
}

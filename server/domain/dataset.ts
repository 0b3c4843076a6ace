// Reads every seed file, validates each record, and checks that the files agree with each other:
// ids are unique across files, and every reference names a record that exists.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { SeedFile, type Actor, type Event, type Place, type Position, type Source, type Statement, type Tie } from './records.js';

export interface Dataset {
  sources: Source[]; actors: Actor[]; places: Place[]; events: Event[];
  positions: Position[]; ties: Tie[]; statements: Statement[];
}

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'SeedError';
  }
}

const SECTIONS = ['sources', 'actors', 'places', 'events', 'positions', 'ties', 'statements'] as const;

export async function seedFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return names.map((n) => path.join(dir, n));
}

/** Reads and validates the given files; throws SeedError naming file, record and field for each problem. */
export async function readDataset(files: string[]): Promise<Dataset> {
  const problems: string[] = [];
  const origin = new WeakMap<object, string>();
  const data: Dataset = { sources: [], actors: [], places: [], events: [], positions: [], ties: [], statements: [] };
  for (const file of files) {
    const name = path.basename(file);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      problems.push(`${name}: not readable JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = SeedFile.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeIssues(name, raw, parsed.error.issues));
      continue;
    }
    for (const section of SECTIONS) {
      for (const record of parsed.data[section]) origin.set(record, name);
      (data[section] as unknown[]).push(...parsed.data[section]);
    }
  }
  if (problems.length === 0) problems.push(...crossCheck(data, (r) => origin.get(r) ?? '?'));
  if (problems.length > 0) throw new SeedError(problems);
  return data;
}

function describeIssues(file: string, raw: unknown, issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const [section, index, ...field] = issue.path;
    const record = typeof index === 'number' ? recordLabel(raw, String(section), index) : '';
    const where = [section, record, field.join('.')].filter(Boolean).join(' ');
    return `${file}: ${where || 'file'}: ${issue.message}`;
  });
}

function recordLabel(raw: unknown, section: string, index: number): string {
  const rec = (raw as Record<string, unknown[] | undefined>)?.[section]?.[index] as Record<string, unknown> | undefined;
  const id = rec?.id ?? (rec?.type ? `${rec.type} ${rec.from}->${rec.to}` : undefined);
  return typeof id === 'string' ? `record "${id}"` : `record #${index + 1}`;
}

/** One problem with one record: `field` names the record's field (empty for the record as a whole). */
export interface RecordProblem { record: object; label: string; field: string; message: string }

/**
 * Checks that ids are unique and every reference resolves, within the dataset or, through `known`,
 * to a record already stored (an id → kind lookup; the write API and imports pass the database's).
 */
export function datasetProblems(d: Dataset, known: (id: string) => string | undefined = () => undefined): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const kindOf = new Map<string, string>();
  const register = (kind: string, records: { id: string }[]) => {
    for (const r of records) {
      const label = `${kind} "${r.id}"`;
      if (kindOf.has(r.id)) problems.push({ record: r, label, field: 'id', message: `id already used by a ${kindOf.get(r.id)}` });
      else kindOf.set(r.id, kind);
    }
  };
  register('source', d.sources); register('actor', d.actors); register('place', d.places);
  register('event', d.events); register('position', d.positions); register('statement', d.statements);

  const expect = (record: object, label: string, field: string, ref: string, kinds: string[]) => {
    const kind = kindOf.get(ref) ?? known(ref);
    if (!kind || !kinds.includes(kind)) problems.push({ record, label, field, message: `${field} "${ref}" is not a known ${kinds.join(' or ')}` });
  };
  for (const e of d.events) {
    const label = `event "${e.id}"`;
    e.places.forEach((p, i) => expect(e, label, `places.${i}`, p, ['place']));
    e.participants.forEach((p, i) => expect(e, label, `participants.${i}.actor`, p.actor, ['actor']));
    e.sources.forEach((c, i) => expect(e, label, `sources.${i}.source`, c.source, ['source']));
  }
  const tieKeys = new Set<string>();
  for (const t of d.ties) {
    const label = `tie ${t.type} "${t.from}"->"${t.to}"`;
    expect(t, label, 'from', t.from, ['actor']);
    expect(t, label, 'to', t.to, ['actor']);
    expect(t, label, 'source', t.source, ['source']);
    if (t.from === t.to) problems.push({ record: t, label, field: 'to', message: 'from and to are the same actor' });
    const key = `${t.type}|${t.from}|${t.to}`;
    if (tieKeys.has(key)) problems.push({ record: t, label, field: '', message: 'the same tie is listed twice' });
    tieKeys.add(key);
  }
  for (const s of d.statements) {
    const label = `statement "${s.id}"`;
    expect(s, label, 'speaker', s.speaker, ['actor']);
    s.speakers.slice(1).forEach((a, i) => expect(s, label, `speakers.${i + 1}`, a, ['actor']));
    if (s.relayedBy !== null) expect(s, label, 'relayedBy', s.relayedBy, ['actor']);
    s.about.forEach((a, i) => expect(s, label, `about.${i}.target`, a.target, ['actor', 'event', 'place']));
    s.positions.forEach((p, i) => expect(s, label, `positions.${i}.position`, p.position, ['position']));
    s.sources.forEach((c, i) => expect(s, label, `sources.${i}.source`, c.source, ['source']));
    s.respondsTo.forEach((r, i) => expect(s, label, `respondsTo.${i}`, r, ['statement']));
    const targets = s.about.map((a) => a.target);
    if (new Set(targets).size !== targets.length) problems.push({ record: s, label, field: 'about', message: 'about lists the same target twice' });
  }
  return problems;
}

/** Checks that ids are unique and every reference resolves; one line per problem, naming file, record and field. */
export function crossCheck(d: Dataset, fileOf: (record: object) => string = () => 'dataset'): string[] {
  return datasetProblems(d).map((p) => `${fileOf(p.record)}: ${p.label}: ${p.message}`);
}

// The seed loader's checks, applied to records about to be written: every reference resolves (to a
// record in the same write, or to one already in the graph) and no id is taken by another kind.
import { datasetProblems, type Dataset, type RecordProblem } from '../domain/dataset.js';
import type { z } from 'zod';
import { InvalidInput, type FieldProblem } from '../domain/errors.js';
import { recordsOf, type NodeKind } from '../records/kinds.js';
import type { RecordReader } from '../records/read.js';

/** Ids a dataset's records refer to, and their own ids. */
function idsNamed(d: Dataset): string[] {
  const ids = new Set<string>();
  for (const { kind, id } of recordsOf(d)) if (kind !== 'tie') ids.add(id);
  d.statements.forEach((s) => [s.speaker, ...s.speakers, ...(s.relayedBy ? [s.relayedBy] : []), ...s.about.map((a) => a.target), ...s.positions.map((p) => p.position), ...s.sources.map((c) => c.source), ...s.respondsTo].forEach((x) => ids.add(x)));
  d.events.forEach((e) => [...e.places, ...e.participants.map((p) => p.actor), ...e.sources.map((c) => c.source)].forEach((x) => ids.add(x)));
  d.ties.forEach((t) => [t.from, t.to, t.source].forEach((x) => ids.add(x)));
  return [...ids];
}

/** Problems with the references of `d` against the graph, where the ids in `removing` are about to go. */
export async function referenceProblems(reader: RecordReader, d: Dataset, removing: ReadonlySet<string> = new Set()): Promise<RecordProblem[]> {
  const stored = await reader.kinds(idsNamed(d));
  for (const id of removing) stored.delete(id);
  const problems = datasetProblems(d, (id) => stored.get(id));
  for (const { kind, id, record } of recordsOf(d)) {
    const other = kind === 'tie' ? undefined : stored.get(id);
    if (other && other !== (kind as NodeKind)) problems.push({ record, label: `${kind} "${id}"`, field: 'id', message: `id already used by a ${other}` });
  }
  return problems;
}

export const fieldOf = (prefix: string, path: PropertyKey[] | string) => [prefix, ...(typeof path === 'string' ? path.split('.') : path.map(String))].filter(Boolean).join('.');

export const zodProblems = (prefix: string, error: z.ZodError): FieldProblem[] =>
  error.issues.map((i) => ({ field: fieldOf(prefix, i.path), message: i.message }));

/** Throws a 400 when any reference of the records fails. */
export async function assertReferences(reader: RecordReader, d: Dataset, prefix: string, removing?: ReadonlySet<string>): Promise<void> {
  const problems = await referenceProblems(reader, d, removing);
  if (problems.length > 0) throw InvalidInput.of('Invalid references', problems.map((p) => ({ field: fieldOf(prefix, p.field), message: p.message })));
}

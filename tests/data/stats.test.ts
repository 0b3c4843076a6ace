// `npm run data:stats` describes the data as it is: statements per speaker kind (unnamed speakers apart),
// per modality and per stance, and each contested figure with its claims.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import { speakersOf } from '../../server/domain/records.js';
import { run } from '../helpers/processes.js';
import { SEED_DIR, seedDataFiles } from '../helpers/stores.js';

let data: Dataset;
let output: string;
beforeAll(async () => {
  data = await readDataset(await seedDataFiles());
  const done = await run('seed/stats.ts', [], { SEED_DIR });
  expect(done.code, done.stderr).toBe(0);
  output = done.stdout;
});

/** The rows of one titled table: label → count. */
function section(title: string): Map<string, number> {
  const lines = output.split('\n');
  const start = lines.findIndex((l) => l.startsWith(title));
  expect(start, `"${title}" is printed`).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, number>();
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+(\d+)\s{2}(.+)$/.exec(line);
    if (!m) break;
    rows.set(m[2]!, Number(m[1]));
  }
  return rows;
}
const count = <T>(items: T[]) => items.reduce((m, k) => m.set(String(k), (m.get(String(k)) ?? 0) + 1), new Map<string, number>());

describe('npm run data:stats', () => {
  it('prints statements per speaker kind, a joint statement once for each speaker, unnamed speakers apart', () => {
    const kind = new Map(data.actors.map((a) => [a.id, a.unnamed ? `${a.kind} (unnamed)` : a.kind]));
    expect(section('Statements per speaker kind')).toEqual(count(data.statements.flatMap((s) => speakersOf(s).map((id) => kind.get(id)))));
    expect(section('Statements per speaker kind').get('group (unnamed)')).toBeGreaterThan(0);
  });

  it('prints statements per modality and ABOUT edges per stance', () => {
    expect(section('Statements per modality')).toEqual(count(data.statements.map((s) => s.modality)));
    expect(section('ABOUT edges per stance')).toEqual(count(data.statements.flatMap((s) => s.about.map((a) => a.stance))));
  });

  it('lists each contested figure with every claim and its speakers', () => {
    expect(output).toContain('Contested figure: How many Russian peacekeepers were killed');
    for (const s of data.statements) for (const p of s.positions.filter((x) => x.figure !== null)) expect(output).toContain(`${p.figure} — `);
  });
});

// `npm run seed` as a user runs it, into an empty database of the engine under test: idempotent, and a bad file is refused with file, record and field
// named, leaving every count as it was.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/processes.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';

const countsLine = (out: string) => /: (Actor \d+.*)$/m.exec(out)?.[1];

describe('npm run seed', () => {
  const tmp = tempDir();
  const env = { DATA_DIR: path.join(tmp.dir, 'db') };
  let firstCounts: string | undefined;
  afterAll(() => tmp.remove());

  beforeAll(async () => {
    const first = await run('seed/main.ts', [FIXTURE], env);
    expect(first.code, first.stderr).toBe(0);
    firstCounts = countsLine(first.stdout);
  });

  it('gives identical counts when run twice', async () => {
    expect(firstCounts).toBe('Actor 5, Statement 4, Source 1, Position 2, Event 1, Place 1');
    const second = await run('seed/main.ts', [FIXTURE], env);
    expect(second.code).toBe(0);
    expect(countsLine(second.stdout)).toBe(firstCounts);
  });

  const broken: [string, (d: any) => void, RegExp][] = [
    ['a missing required field', (d) => delete d.statements[1].speaker, /bad\.json: statements record "s2" speaker: .*/],
    ['a wrong type', (d) => (d.actors[0].aliases = 'Alpha'), /bad\.json: actors record "state-a" aliases: .*array/],
    ['a reference to an unknown id', (d) => (d.statements[0].about[0].target = 'nobody-here'), /bad\.json: statement "s1": about\.0\.target "nobody-here" is not a known actor or event or place/],
    ['a bad date', (d) => (d.events[0].date = '19/09/2023'), /bad\.json: events record "war-w" date: must be a date written YYYY-MM-DD/],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`refuses ${what}, naming file, record and field, and changes no count`, async () => {
      const data = JSON.parse(JSON.stringify((await import(FIXTURE, { with: { type: 'json' } })).default));
      data.actors.push({ id: 'newcomer', name: 'Newcomer', kind: 'person' });
      breakIt(data);
      const bad = path.join(tmp.dir, 'bad.json');
      writeFileSync(bad, JSON.stringify(data));
      const result = await run('seed/main.ts', [bad], env);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(message);
      const after = await run('seed/main.ts', [FIXTURE], env);
      expect(countsLine(after.stdout)).toBe(firstCounts);
    });
  }
});

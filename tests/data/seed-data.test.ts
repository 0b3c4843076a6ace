// The curated dataset against the source documents: exact words, resolving references, no actor
// entered twice, and the coverage floors the product promises.
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import { speakersOf } from '../../server/domain/records.js';
import { STANCES } from '../../server/domain/stances.js';
import { checkAgainstSources, nameCollisions } from '../../seed/source-check.js';
import { seedSourcesDir } from '../helpers/sources.js';
import { seedDataFiles } from '../helpers/stores.js';

let data: Dataset;
beforeAll(async () => { data = await readDataset(await seedDataFiles()); });

describe('seed data', () => {
  it('quotes and excerpts are the exact words of the source documents', async () => {
    expect(await checkAgainstSources(data, seedSourcesDir())).toEqual([]);
  });

  it('has no actor or place twice under different ids (no folded name or alias collides)', () => {
    expect(nameCollisions(data)).toEqual([]);
  });

  it('gives every statement a speaker, a source, a stance from the vocabulary, and a date or an explicit unknown', () => {
    for (const s of data.statements) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(s.about.every((a) => (STANCES as readonly string[]).includes(a.stance)), s.id).toBe(true);
      expect(s.date !== null || s.datePrecision === 'unknown', s.id).toBe(true);
    }
  });

  it('meets the coverage floors', () => {
    const speakers = new Set(data.statements.flatMap((s) => speakersOf(s)));
    const ties = data.ties.filter((t) => t.type !== 'SUPPLIES_ARMS_TO');
    const sides = (id: string, stance: string) => new Set(data.statements.filter((s) => s.positions.some((p) => p.position === id && p.stance === stance)).flatMap((s) => speakersOf(s)));
    const supported = data.positions.filter((p) => sides(p.id, 'supports').size > 0);
    const contested = data.positions.filter((p) => sides(p.id, 'supports').size > 0 && sides(p.id, 'rejects').size > 0);
    expect({
      actors: data.actors.length >= 120, statements: data.statements.length >= 180, speakers: speakers.size >= 80,
      ties: ties.length >= 50, positions: data.positions.length >= 20, everyPositionSupported: supported.length === data.positions.length,
      contested: contested.length >= 8, events: data.events.length >= 20,
    }).toEqual({ actors: true, statements: true, speakers: true, ties: true, positions: true, everyPositionSupported: true, contested: true, events: true });
  });
});

// The synthetic dataset: deterministic, valid seed data, and shaped like real statement data.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { readDataset } from '../../server/domain/dataset.js';
import { tempDir } from '../helpers/stores.js';

const size = { actors: 300, statements: 3000, seed: 5 };
const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');

describe('the synthetic dataset generator', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const d = syntheticDataset(size);

  it('draws the same dataset from the same seed, and another from another seed', () => {
    expect(digest(syntheticDataset(size))).toBe(digest(d));
    expect(digest(syntheticDataset({ ...size, seed: 6 }))).not.toBe(digest(d));
  });

  it('writes seed files that the loader reads and validates', async () => {
    const files = await writeSeedFiles(d, path.join(tmp.dir, 'synthetic'));
    const read = await readDataset(files);
    expect(read.actors).toHaveLength(size.actors);
    expect(read.statements).toHaveLength(size.statements);
  });

  it('has power-law speakers and targets: the top 5% of actors account for a large share', () => {
    const share = (counts: Map<string, number>) => {
      const sorted = [...counts.values()].sort((a, b) => b - a);
      const top = sorted.slice(0, Math.ceil(size.actors * 0.05)).reduce((s, n) => s + n, 0);
      return top / sorted.reduce((s, n) => s + n, 0);
    };
    const count = (ids: string[]) => ids.reduce((m, i) => m.set(i, (m.get(i) ?? 0) + 1), new Map<string, number>());
    const actorIds = new Set(d.actors.map((a) => a.id));
    expect(share(count(d.statements.map((s) => s.speaker)))).toBeGreaterThan(0.3);
    expect(share(count(d.statements.flatMap((s) => s.about.map((a) => a.target)).filter((t) => actorIds.has(t))))).toBeGreaterThan(0.3);
  });

  it('has blocs with members, offices, dates over several years and a stance mix', () => {
    const blocs = new Set(d.actors.filter((a) => a.kind === 'alliance').map((a) => a.id));
    expect(blocs.size).toBeGreaterThanOrEqual(3);
    expect(d.ties.filter((t) => t.type === 'MEMBER_OF' && blocs.has(t.to)).length).toBeGreaterThan(5);
    for (const type of ['HOLDS_OFFICE', 'ALLIED_WITH', 'SUPPLIES_ARMS_TO']) expect(d.ties.some((t) => t.type === type)).toBe(true);
    expect(new Set(d.statements.map((s) => s.date?.slice(0, 4)).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(d.statements.flatMap((s) => s.about.map((a) => a.stance))).size).toBeGreaterThanOrEqual(12);
    expect(d.statements.some((s) => s.positions.length > 0 && s.respondsTo.length > 0)).toBe(true);
  });
});

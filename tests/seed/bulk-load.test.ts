// The bulk load path (LadybugDB COPY FROM into a staged database swapped in) gives exactly the graph
// the normal load gives, replaces the graph as a whole, and keeps the normal load's checks.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSeedFiles } from '../../bench/synthetic/files.js';
import { syntheticDataset } from '../../bench/synthetic/world.js';
import { bulkLoad } from '../../seed/bulk/bulk-load.js';
import { graphFingerprint } from '../../seed/checksum.js';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { loadConfig } from '../../server/config.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import { run } from '../helpers/processes.js';
import { FIXTURE, seedDataFiles, tempDir } from '../helpers/stores.js';

const tmp = tempDir();
afterAll(() => tmp.remove());
let n = 0;
const folder = () => path.join(tmp.dir, `db-${n++}`);

async function fingerprintOf(dataDir: string) {
  const store = await openLadybugStore({ dataDir, queryTimeoutMs: 60_000 });
  try {
    return await graphFingerprint(store);
  } finally {
    await store.close();
  }
}

async function normallyLoaded(d: Dataset) {
  const dir = folder();
  const store = await openLadybugStore({ dataDir: dir, queryTimeoutMs: 60_000 });
  await loadDataset(store, d);
  await store.close();
  return fingerprintOf(dir);
}

async function bulkLoaded(d: Dataset, dir = folder()) {
  await bulkLoad(loadConfig({ DATA_DIR: dir }), d);
  return fingerprintOf(dir);
}

/** The fixture with text that CSV must carry intact, and a citation listed twice. */
async function awkward(): Promise<Dataset> {
  const d = await readDataset([FIXTURE]);
  const s = d.statements[0]!;
  s.quote = 'He said "no", then:\nline two, with a comma; a back\\slash, \'quotes\' and ünïcödé 🕊️';
  s.summary = '"Quoted", at the start';
  s.sources.push({ ...s.sources[0]!, excerpt: 'A second excerpt, "quoted", from the same source.' });
  d.actors[0]!.aliases = ['Al,pha', '[bracketed]', 'it\'s "quoted"'];
  return d;
}

/** The fixture with text and lists that CSV carries unquoted, some of it looking like another CSV dialect. */
async function bare(): Promise<Dataset> {
  const d = await readDataset([FIXTURE]);
  d.statements[0]!.quote = 'one;two;three|four\tfive';
  d.statements[1]!.summary = 'NULL';
  d.actors[0]!.aliases = ['NULL', 'a;b|c', 'ünïcödé 🕊️', '(x) <y> #z', 'a:b=c'];
  return d;
}

describe('the bulk load', () => {
  it('gives the same graph as the normal load (fixture, seed data, awkward and bare text, synthetic data)', async () => {
    const synthetic = syntheticDataset({ actors: 150, statements: 1200, seed: 3 });
    for (const d of [await readDataset([FIXTURE]), await readDataset(await seedDataFiles()), await awkward(), await bare(), synthetic]) {
      expect(await bulkLoaded(d)).toEqual(await normallyLoaded(d));
    }
  });

  it('replaces the graph as a whole, and leaves only the database file in the folder', async () => {
    const dir = folder();
    await bulkLoaded(await readDataset([FIXTURE]), dir);
    mkdirSync(path.join(dir, '.staging-left-by-a-killed-load'));
    const seed = await readDataset(await seedDataFiles());
    expect(await bulkLoaded(seed, dir)).toEqual(await bulkLoaded(seed));
    expect(readdirSync(dir)).toEqual(['stancegraph.lbug']);
  });

  it('refuses a bad file with the normal load\'s words, before anything is written', async () => {
    const dir = folder();
    await bulkLoaded(await readDataset([FIXTURE]), dir);
    const before = await fingerprintOf(dir);
    const data = JSON.parse(JSON.stringify((await import(FIXTURE, { with: { type: 'json' } })).default));
    data.statements[0].about[0].target = 'nobody-here';
    const bad = path.join(tmp.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(data));
    const [normal, bulk] = await Promise.all([run('seed/main.ts', [bad], { DATA_DIR: folder() }), run('seed/main.ts', ['--bulk', bad], { DATA_DIR: dir })]);
    expect(bulk.code).not.toBe(0);
    expect(bulk.stderr).toContain('bad.json: statement "s1": about.0.target "nobody-here" is not a known actor or event or place');
    expect(bulk.stderr).toBe(normal.stderr);
    expect(await fingerprintOf(dir)).toEqual(before);
  });

  it('loads through `npm run seed -- --bulk` and reports its rate', async () => {
    const files = await writeSeedFiles(syntheticDataset({ actors: 50, statements: 300, seed: 9 }), path.join(tmp.dir, 'cli-data'));
    const dir = folder();
    const result = await run('seed/main.ts', ['--bulk', ...files], { DATA_DIR: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Bulk-loaded the embedded database: \d+ relationships in \d+ ms \(\d+ relationships\/s\)/);
    expect(result.stdout).toMatch(/Actor 50, Statement 300/);
    expect(existsSync(path.join(dir, 'stancegraph.lbug'))).toBe(true);
  });
});

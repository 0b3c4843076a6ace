// The embedded database left by a crash in the middle of writing a log record: its write-ahead log
// ends in a torn record, which LadybugDB 0.19.1's strict replay refuses ("Reading past the end of the
// file …wal"). Opening it replays every committed transaction up to the tear, keeps the log as found
// beside it, and drops only the torn record, which was never acknowledged.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../server/store/ladybug-open.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';
import type { GraphStore } from '../../server/store/store.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const createActor = (store: GraphStore, id: string) => store.write([{
  query: 'load/upsert-actors',
  params: { rows: [{ id, name: `Actor ${id}`, kind: 'person', aliases: [], description: null, unnamed: false, searchText: id }] },
}]);

it('opens a database whose log ends in a torn record with every committed write, and keeps the log as found', async () => {
  const live = path.join(tmp.dir, 'live'), crashed = path.join(tmp.dir, 'crashed');
  const store = await openLadybugStore({ dataDir: live, queryTimeoutMs: 10_000 });
  const committed = ['wal-0', 'wal-1', 'wal-2', 'wal-3', 'wal-4'];
  for (const id of committed) await createActor(store, id);
  const log = path.join(live, `${DATABASE_FILE}.wal`);
  const before = readFileSync(log);
  // What a crash leaves on disk: the database file and the log up to the commits (each flushed at its commit) ...
  mkdirSync(crashed);
  copyFileSync(path.join(live, DATABASE_FILE), path.join(crashed, DATABASE_FILE));
  // ... and half of the next transaction's record, torn where the crash (or a full disk) stopped it.
  await createActor(store, 'never-acknowledged');
  const after = readFileSync(log);
  await store.close();
  expect(after.subarray(0, before.length).equals(before), 'the log only grows between checkpoints').toBe(true);
  writeFileSync(path.join(crashed, `${DATABASE_FILE}.wal`), after.subarray(0, before.length + Math.floor((after.length - before.length) / 2)));

  const reopened = await openLadybugStore({ dataDir: crashed, queryTimeoutMs: 10_000 });
  try {
    const { rows } = await reopened.readText("MATCH (a:Actor) WHERE a.id STARTS WITH 'wal-' OR a.id = 'never-acknowledged' RETURN a.id AS id ORDER BY id", {}, { timeoutMs: 10_000, rowCap: 100 });
    expect(rows.map((r) => r.id)).toEqual(committed);
    expect(readdirSync(crashed).filter((f) => f.startsWith(`${DATABASE_FILE}.wal.torn-`))).toHaveLength(1);
    await createActor(reopened, 'after-recovery');
  } finally {
    await reopened.close();
  }
  const again = await openLadybugStore({ dataDir: crashed, queryTimeoutMs: 10_000 });
  try {
    expect((await again.read('actors-by-ids', { ids: ['after-recovery', 'wal-0'] })).length).toBe(2);
  } finally {
    await again.close();
  }
});

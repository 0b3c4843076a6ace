// Opening the embedded database file, with the error a user can act on when another process holds it.
//
// WAL checksums are off. In LadybugDB 0.19.1 (the newest release) the checksum writer drops the bytes of
// any WAL record larger than 4 kB (LadybugDB/ladybug#771, fixed by #959 after the release), so a process
// killed after a large write commits, before the write is folded into the file, left a WAL that could
// never be replayed, and the database refused to open at all (found by killing `npm run import`). Without
// checksums the same kill replays to the committed state. A WAL left by a build that wrote checksums is
// replayed with them once, folded in, and the file reopened without them.
//
// A log whose last record is torn (a crash or a full disk in the middle of writing it): LadybugDB
// replays every transaction up to the last COMMIT record it can read and drops what follows, which
// was never acknowledged; on some tears (a record header cut short) the strict replay refuses
// instead ("Reading past the end of the file …wal"). Then the log is copied aside as it was, and the
// database opened again with replay up to the log's last good record, as the engine's
// throwOnWalReplayFailure=false does: the acknowledged writes are all before the tear.
//
// A checkpoint killed after writing its pages into the file and emptying the shadow file, but before
// removing the rotated log (`.wal.checkpoint`, which ends in its CHECKPOINT record): LadybugDB 0.19.1
// then replays the shadow file again, reads the empty file's header as another database's, and refuses
// to open ("Database ID for temporary file '….shadow' does not match"). The shadow file is emptied only
// after its pages are in the file and synced, so everything in that log is already in the file: the log
// is set aside and the empty shadow file removed. A shadow file that still holds a page is never touched.
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import type { Database } from '@ladybugdb/core';
import { run } from './ladybug-results.js';

export const DATABASE_FILE = 'stancegraph.lbug';

export const databaseFile = (dataDir: string) => path.resolve(dataDir, DATABASE_FILE);

/** A Database object for the file, with the engine settings stancegraph uses everywhere (not yet opened). */
export function newDatabase(file: string, checksums = false, replayUpToTear = false): Database {
  return new lbug.Database(file, 0 /* buffer pool: the engine's default */, true /* compression */, false /* read-only */,
    0 /* largest size: the default */, true /* checkpoint automatically */, -1 /* at the default WAL size */,
    !replayUpToTear /* refuse a WAL it cannot replay whole, unless told to stop at its last good record */, checksums);
}

const WRITTEN_WITH_CHECKSUMS = /serialized with enableChecksums=True/i;
const WAL_TROUBLE = /\bwal\b/i;
const SHADOW_OF_ANOTHER_DATABASE = /Database ID for temporary file '[^']*\.shadow' does not match/;
/** The engine's page size: a shadow file no longer than one page holds no page to write back. */
const PAGE_BYTES = 4096;

/** The engine's message without the database's folder, whose name ("wal", "locks") must not decide how the message is read. */
const withoutFolder = (msg: string, file: string) => msg.split(path.dirname(file)).join('');

/** A suffix that names when a file was set aside. */
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

export async function openDatabase(file: string): Promise<Database> {
  const open = async (checksums = false, replayUpToTear = false) => {
    const db = newDatabase(file, checksums, replayUpToTear);
    await db.init();
    return db;
  };
  try {
    return await open();
  } catch (e) {
    const msg = (e as Error).message;
    const reason = withoutFolder(msg, file);
    if (WRITTEN_WITH_CHECKSUMS.test(reason)) {
      await foldAndClose(await open(true).catch((e2) => { throw explained(file, e2); }));
      return open().catch((e2) => { throw explained(file, e2); });
    }
    if (SHADOW_OF_ANOTHER_DATABASE.test(reason) && setAsideAppliedCheckpoint(file)) return open().catch((e2) => { throw explained(file, e2); });
    if (!WAL_TROUBLE.test(reason)) throw explained(file, e);
    const kept = `${file}.wal.torn-${stamp()}`;
    try {
      copyFileSync(`${file}.wal`, kept);
    } catch (copyError) {
      throw unreplayable(file, kept, `${msg}; and a copy of the log could not be kept before replaying it up to its last good record: ${(copyError as Error).message}`);
    }
    const db = await open(false, true).catch((e2) => { throw unreplayable(file, kept, (e2 as Error).message); });
    console.warn(`The write-ahead log of ${file} ends in a torn record (${msg}): replayed up to its last complete transaction, `
      + `and the torn rest dropped (it was never acknowledged). The log as found is kept at ${kept}.`);
    return db;
  }
}

/**
 * After a checkpoint killed between emptying the shadow file and removing the rotated log: sets the log
 * aside and removes the empty shadow file. False, with nothing touched, when the state is any other.
 */
function setAsideAppliedCheckpoint(file: string): boolean {
  const shadow = `${file}.shadow`;
  const rotatedLog = `${file}.wal.checkpoint`;
  if (!existsSync(rotatedLog) || !existsSync(shadow) || statSync(shadow).size > PAGE_BYTES) return false;
  const kept = `${rotatedLog}.applied-${stamp()}`;
  renameSync(rotatedLog, kept);
  rmSync(shadow);
  console.warn(`${file} was left by a checkpoint stopped after it had written its pages into the file: its empty shadow file is removed, `
    + `and its log, already in the file, kept at ${kept}.`);
  return true;
}

/** Folds the WAL into the file (a CHECKPOINT) and closes the database. */
async function foldAndClose(db: Database): Promise<void> {
  const conn = new lbug.Connection(db);
  try {
    await run(conn.query('CHECKPOINT'));
  } finally {
    await conn.close();
    await db.close();
  }
}

function explained(file: string, e: unknown): Error {
  const msg = (e as Error).message;
  if (/lock/i.test(withoutFolder(msg, file))) return new Error(`Cannot open the embedded database ${file}: another process holds its lock (stop that process, or set DATA_DIR to another folder). Engine said: ${msg}`);
  return new Error(`Cannot open the embedded database ${file}: ${msg}`);
}

function unreplayable(file: string, kept: string, msg: string): Error {
  return new Error(`Cannot open the embedded database ${file}: its write-ahead log cannot be replayed, not even up to its last good record (${msg}). `
    + `Do not move or delete ${file}.wal: it holds the writes made since the last checkpoint, and without it they are lost. `
    + `Free disk space if the disk is full, then start again: the log is then copied to ${kept} and replayed up to its last good record.`);
}

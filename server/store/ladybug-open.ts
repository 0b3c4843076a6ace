// Opening the embedded database file, with the error a user can act on when another process holds it.
//
// WAL checksums are off. In LadybugDB 0.19.1 (the newest release) the checksum writer drops the bytes of
// any WAL record larger than 4 kB (LadybugDB/ladybug#771, fixed by #959 after the release), so a process
// killed after a large write commits, before the write is folded into the file, left a WAL that could
// never be replayed, and the database refused to open at all (found by killing `npm run import`). Without
// checksums the same kill replays to the committed state. A WAL left by a build that wrote checksums is
// replayed with them once, folded in, and the file reopened without them.
import path from 'node:path';
import lbug from '@ladybugdb/core';
import type { Database } from '@ladybugdb/core';
import { run } from './ladybug-results.js';

export const DATABASE_FILE = 'stancegraph.lbug';

export const databaseFile = (dataDir: string) => path.resolve(dataDir, DATABASE_FILE);

/** A Database object for the file, with the engine settings stancegraph uses everywhere (not yet opened). */
export function newDatabase(file: string, checksums = false): Database {
  return new lbug.Database(file, 0 /* buffer pool: the engine's default */, true /* compression */, false /* read-only */,
    0 /* largest size: the default */, true /* checkpoint automatically */, -1 /* at the default WAL size */,
    true /* refuse a WAL it cannot replay, rather than drop committed writes */, checksums);
}

const WRITTEN_WITH_CHECKSUMS = /serialized with enableChecksums=True/i;

export async function openDatabase(file: string): Promise<Database> {
  const open = async (checksums = false) => {
    const db = newDatabase(file, checksums);
    await db.init().catch((e) => { throw explained(file, e); });
    return db;
  };
  try {
    return await open();
  } catch (e) {
    if (!WRITTEN_WITH_CHECKSUMS.test((e as Error).message)) throw e;
  }
  await foldAndClose(await open(true));
  return open();
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
  if (/lock/i.test(msg)) return new Error(`Cannot open the embedded database ${file}: another process holds its lock (stop that process, or set DATA_DIR to another folder). Engine said: ${msg}`);
  if (/\bwal\b/i.test(msg)) {
    return new Error(`Cannot open the embedded database ${file}: its write-ahead log cannot be replayed (${msg}). `
      + `Moving the files ${path.basename(file)}.wal* out of ${path.dirname(file)} opens it as it was at its last checkpoint, without the writes made after it.`);
  }
  return new Error(`Cannot open the embedded database ${file}: ${msg}`);
}

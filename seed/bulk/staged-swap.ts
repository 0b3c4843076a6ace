// Replaces the embedded database with one built beside it, by an atomic rename: a load that fails or
// is killed before the rename leaves the old file untouched; after it, the new file is whole.
// The old database stays open (holding its lock) until the rename, so no server can be using it.
import { mkdirSync, mkdtempSync, openSync, closeSync, fsyncSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import { DATABASE_FILE, databaseFile, openDatabase } from '../../server/store/ladybug-open.js';
import { run } from '../../server/store/ladybug-results.js';

const STAGING_PREFIX = '.staging-';

export async function replaceDatabase<T>(dataDir: string, build: (file: string, workDir: string) => Promise<T>): Promise<T> {
  mkdirSync(dataDir, { recursive: true });
  const live = databaseFile(dataDir);
  const old = await openDatabase(live);
  const conn = new lbug.Connection(old);
  try {
    // Writes left in a WAL by a killed process are folded into the old file now, so no WAL of the
    // old database can be replayed into the new one after the swap.
    await run(conn.query('CHECKPOINT'));
    for (const entry of readdirSync(dataDir)) if (entry.startsWith(STAGING_PREFIX)) rmSync(path.join(dataDir, entry), { recursive: true, force: true });
    const staging = mkdtempSync(path.join(dataDir, STAGING_PREFIX));
    try {
      const workDir = path.join(staging, 'work');
      mkdirSync(workDir);
      const staged = path.join(staging, DATABASE_FILE);
      const result = await build(staged, workDir);
      fsync(staged);
      renameSync(staged, live);
      fsync(dataDir);
      return result;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  } finally {
    await conn.close();
    await old.close();
  }
}

function fsync(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

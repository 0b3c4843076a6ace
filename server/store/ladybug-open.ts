// Opening the embedded database file, with the error a user can act on when another process holds it.
import path from 'node:path';
import lbug from '@ladybugdb/core';
import type { Database } from '@ladybugdb/core';

export const DATABASE_FILE = 'stancegraph.lbug';

export const databaseFile = (dataDir: string) => path.resolve(dataDir, DATABASE_FILE);

export async function openDatabase(file: string): Promise<Database> {
  const db = new lbug.Database(file);
  try {
    await db.init();
  } catch (e) {
    const msg = (e as Error).message;
    if (/lock/i.test(msg)) throw new Error(`Cannot open the embedded database ${file}: another process holds its lock (stop that process, or set DATA_DIR to another folder). Engine said: ${msg}`);
    throw new Error(`Cannot open the embedded database ${file}: ${msg}`);
  }
  return db;
}

// Opening the database for a command line: a database that cannot be opened (another process holds the
// embedded file's lock, Neo4j unreachable) is one line, "error: …", and exit code 1, not a stack trace.
import type { Config } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { GraphStore } from '../store/store.js';

export async function openDatabaseOrExit(config: Config): Promise<GraphStore> {
  try {
    return await openStore(config);
  } catch (e) {
    console.error(`error: ${((e as Error).message ?? String(e)).replace(/\s*\n\s*/g, ' ')}`);
    process.exit(1);
  }
}

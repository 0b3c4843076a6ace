// `npm run neo4j`: a real Neo4j 5.26 server for a person, with no Docker: built from Maven Central, listening
// on 127.0.0.1, with auth on. Prints the settings to give `npm start`, and runs until Ctrl-C.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { commandLine, UsageError, valid, wholeNumber } from '../../server/cli/args.js';
import { adminImport } from './admin-import.js';
import { buildLauncher, missingToolchain, startNeo4j } from './launcher.js';

const USAGE = `Usage: npm run neo4j -- [--data DIR] [--import CSV_DIR] [--port N] [--heap SIZE] [--pagecache SIZE] [--password P]
  --data DIR        keep the database in DIR across runs (default: a temporary folder, removed on exit)
  --import CSV_DIR  first load CSV_DIR (from \`npm run export -- --format csv\`) into a new database with
                    neo4j-admin database import full; DIR must not hold a database yet
  --port N          Bolt port on 127.0.0.1 (default: a free port)
  --heap SIZE       JVM heap, e.g. 1g (default 1g)
  --pagecache SIZE  Neo4j page cache, e.g. 512m (default 512m)
  --password P      the neo4j user's password, at least 8 characters (default: generated)`;

const size = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

const args = commandLine({
  usage: USAGE,
  options: { data: { type: 'string' }, import: { type: 'string' }, port: { type: 'string' }, heap: { type: 'string', default: '1g' }, pagecache: { type: 'string', default: '512m' }, password: { type: 'string' } },
}, ({ values }) => {
  if (values.import !== undefined) {
    if (!existsSync(path.join(values.import, 'import.sh'))) throw new UsageError(`--import must be a folder written by \`npm run export -- --format csv\`, not "${values.import}" (it has no import.sh)`);
    if (values.data !== undefined && existsSync(path.join(values.data, 'data/databases/neo4j'))) throw new UsageError(`--import loads a new database, and "${values.data}" already holds one: choose another --data folder`);
  }
  return {
  csvDir: values.import,
  home: values.data,
  port: values.port === undefined ? undefined : wholeNumber('--port', values.port, { min: 1, max: 65535 }),
  heap: valid('--heap', values.heap, size),
  pagecache: valid('--pagecache', values.pagecache, size),
  password: valid('--password', values.password, z.string().min(8, 'must be at least 8 characters').optional()),
  };
});

const missing = missingToolchain();
if (missing) {
  console.error(`error: ${missing}. Install a JDK 17+ and Maven, or use \`docker compose up\`.`);
  process.exit(1);
}
console.error('Building the Neo4j launcher (first time: Maven downloads Neo4j, about 120 MB)…');
buildLauncher();
const { csvDir, ...options } = args;
// An import needs its folder before the server starts; without --data it is a temporary one all the same.
const temporaryHome = csvDir && !options.home ? mkdtempSync(path.join(tmpdir(), 'stancegraph-neo4j-')) : undefined;
if (csvDir) {
  const home = (options.home ??= temporaryHome!);
  const report = await adminImport(home, csvDir);
  console.error(`Imported ${report.nodes} nodes and ${report.relationships} relationships with neo4j-admin in ${report.ms} ms.`);
}
const server = await startNeo4j(options);
console.log(`Neo4j 5.26 is up (database folder ${server.home}). In another terminal:

  NEO4J_URI=${server.uri} NEO4J_USER=${server.user} NEO4J_PASSWORD=${server.password} npm start

Ctrl-C stops Neo4j.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => {
      if (temporaryHome) rmSync(temporaryHome, { recursive: true, force: true });
      process.exit(0);
    });
  });
}

// The bulk path for an empty Neo4j database: `neo4j-admin database import full`, run from the same Maven
// artifacts as the launcher (Neo4jAdminCommand ships in org.neo4j:neo4j), over the project's own neo4j-admin
// CSV export (`npm run export -- --format csv`). Runs offline, before a launcher starts on the same home.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importArguments } from '../../server/io/export/neo4j-csv.js';
import { LAUNCHER_CLASSPATH, NEO4J_JVM_FLAGS } from './launcher.js';

export interface AdminImportReport { nodes: number; relationships: number; ms: number }

/** Imports the CSV files in `csvDir` as database "neo4j" of the Neo4j home `home` (made if missing). */
export async function adminImport(home: string, csvDir: string, heap = '1g'): Promise<AdminImportReport> {
  const conf = path.join(home, 'conf');
  mkdirSync(conf, { recursive: true });
  writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const started = Date.now();
  const args = [
    `-Xmx${heap}`, ...NEO4J_JVM_FLAGS, '-cp', LAUNCHER_CLASSPATH, 'org.neo4j.server.startup.Neo4jAdminCommand',
    'database', 'import', 'full', 'neo4j', ...importArguments(readdirSync(csvDir).sort(), path.resolve(csvDir)),
  ];
  // neo4j-admin writes its import.report into the working directory: the home, not the checkout.
  const child = spawn('java', args, { cwd: home, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => { output += d; });
  child.stderr.on('data', (d: Buffer) => { output += d; });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`neo4j-admin database import full failed (exit ${code}):\n${output.slice(-4000)}`);
  const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(output)?.[1] ?? NaN);
  return { nodes: count('nodes'), relationships: count('relationships'), ms: Date.now() - started };
}

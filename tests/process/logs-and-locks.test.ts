// The real server and command lines, as an operator sees them: at debug level a credential in the query
// string never reaches the log, and `npm run import` / `npm run export` on a database another process
// holds print one clear line (the lock, the folder), not a stack trace.
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyNeo4j, engineEnv, onNeo4j } from '../helpers/engine.js';
import { exitOf, run, startServer } from '../helpers/processes.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';

const tmp = tempDir();
// A folder named "wal": the lock error is read from what the engine says, not from the path it names.
const dataDir = path.join(tmp.dir, 'wal');
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  if (onNeo4j) await emptyNeo4j();
  server = await startServer({ ...engineEnv(), DATA_DIR: dataDir, SEED_DIR: path.dirname(FIXTURE), LOG_LEVEL: 'debug' });
}, 180_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  if (server) await exitOf(server.child);
  tmp.remove();
});

const get = (url: string) => new Promise<number>((resolve, reject) => {
  http.get(url, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode ?? 0)); }).on('error', reject);
});

describe('at debug level', () => {
  it('logs the request but not a token or key given in the query string', async () => {
    expect(await get(`${server.url}/api/actors?q=state&token=sg_supersecret123&API_KEY=k-verysecret&access%5Ftoken=third-secret`)).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const log = server.output();
    expect(log).toContain('/api/actors?q=state&token=[redacted]&API_KEY=[redacted]&access%5Ftoken=[redacted]');
    expect(log).not.toMatch(/supersecret123|verysecret|third-secret/);
  });
});

describe.runIf(!onNeo4j)('with the embedded database held by the server', () => {
  it.each([
    ['import', 'server/io/import/cli.ts', [FIXTURE, '--dry-run']],
    ['export', 'server/io/export/cli.ts', ['--format', 'json']],
  ])('npm run %s prints the lock error as one line and exits 1', async (_what, script, args) => {
    const { code, stderr } = await run(script, args, { DATA_DIR: dataDir, NEO4J_URI: '' });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: Cannot open the embedded database .*another process holds its lock/);
    expect(lines[0]).toContain(path.resolve(dataDir));
  });
});

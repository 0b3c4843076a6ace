// The embedded engine runs in a worker process the server supervises: killing the worker under load,
// or a query that crashes the engine, costs a restart, never the server. Requests in flight answer
// 503 while the worker restarts, then 200 again, and every write that was answered 201 is there.
// A text query past its hard time limit, or a worker past its memory ceiling, is stopped the same way.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startServer, type BenchServer } from '../../bench/server.js';
import { API_TOKENS, TOKENS } from '../writes/harness.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir('stancegraph-worker-');
afterAll(() => tmp.remove());
let n = 0;
let server: BenchServer | undefined;
afterEach(async () => { await server?.stop(); server = undefined; });

const start = (env: Record<string, string> = {}) =>
  startServer({ DATA_DIR: path.join(tmp.dir, `db-${n++}`), API_TOKENS, ANSWER_CACHE_MB: '0', ENABLE_ADHOC_QUERIES: 'true', ...env });

/** The server's engine worker: its only child process. */
function workerOf(s: BenchServer): number {
  const children = readFileSync(`/proc/${s.pid}/task/${s.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  expect(children).toHaveLength(1);
  return children[0]!;
}

const statusOf = (url: string, init?: RequestInit) => fetch(url, init).then(async (r) => { await r.arrayBuffer(); return r.status; });

async function healthyWithin(s: BenchServer, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    if ((await statusOf(`${s.url}/api/health`)) === 200) return true;
  }
  return false;
}

const query = (s: BenchServer, cypher: string) => fetch(`${s.url}/api/query`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher }),
}).then(async (r) => ({ status: r.status, body: await r.json() as { detail?: string } }));

describe('the engine worker', () => {
  it('killed under load: 503 while it restarts, then 200, with every acknowledged write present', async () => {
    server = await start();
    const s = server;
    const firstWorker = workerOf(s);
    const acknowledged: string[] = [];
    const seen: { status: number; at: number }[] = [];
    let running = true;
    let i = 0;
    const writer = async () => {
      while (running) {
        const id = `worker-kill-${i++}`;
        const status = await statusOf(`${s.url}/api/actors`, {
          method: 'POST', headers: { authorization: `Bearer ${TOKENS.editor}`, 'content-type': 'application/json' },
          body: JSON.stringify({ id, name: `Killed Worker ${id}`, kind: 'person' }),
        });
        seen.push({ status, at: Date.now() });
        if (status === 201) acknowledged.push(id);
      }
    };
    const reader = async () => {
      while (running) seen.push({ status: await statusOf(`${s.url}/api/actors?q=a&limit=50`), at: Date.now() });
    };
    const load = [writer(), writer(), reader(), reader()];
    await new Promise((r) => setTimeout(r, 1500));
    const before = acknowledged.length;
    const killedAt = Date.now();
    process.kill(firstWorker, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const healthDuringRestart = await fetch(`${s.url}/api/health`).then(async (r) => ({ status: r.status, body: await r.json() as { detail: string } }));
    expect(await healthyWithin(s, 30_000)).toBe(true);
    const recoveredAt = Date.now();
    await new Promise((r) => setTimeout(r, 1500));
    running = false;
    await Promise.all(load);

    expect(before, 'writes acknowledged before the kill').toBeGreaterThan(0);
    expect(healthDuringRestart.status).toBe(503);
    expect(healthDuringRestart.body.detail).toMatch(/restarting/);
    const after = seen.filter((x) => x.at > killedAt);
    expect(after.filter((x) => ![200, 201, 503].includes(x.status)), 'only 200, 201 or 503 after the kill').toEqual([]);
    expect(after.some((x) => x.status === 503), 'some answers were 503 during the restart').toBe(true);
    expect(seen.filter((x) => x.at > recoveredAt + 200 && x.status === 503)).toEqual([]);
    expect(seen.filter((x) => x.at > recoveredAt).some((x) => x.status === 201), 'writes succeed again').toBe(true);
    expect(workerOf(s)).not.toBe(firstWorker);
    const missing: string[] = [];
    for (const id of acknowledged) if ((await statusOf(`${s.url}/api/actors/${id}`)) !== 200) missing.push(id);
    expect(missing, `of ${acknowledged.length} acknowledged writes`).toEqual([]);
  });

  it('survives a query that crashes the engine (ORDER BY … SKIP past the end), and answers again', async () => {
    server = await start();
    const s = server;
    const crashing = 'MATCH (a:Actor) RETURN a.id ORDER BY a.id SKIP 100000 LIMIT 1';
    const workers = new Set([workerOf(s)]);
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await query(s, crashing);
      expect([200, 503]).toContain(answer.status);
      expect(await healthyWithin(s, 30_000)).toBe(true);
      workers.add(workerOf(s));
    }
    expect(s.pid && process.kill(s.pid, 0)).toBe(true);
    expect(workers.size, 'the engine crashed at least once and was restarted').toBeGreaterThan(1);
    expect((await statusOf(`${s.url}/api/actors?q=a`))).toBe(200);
  });

  it('stops a worker past its memory ceiling: 503 for the query, then answers again', async () => {
    server = await start({ ENGINE_MEMORY_MB: '400', QUERY_TIMEOUT_MS: '60000' });
    const s = server;
    const first = workerOf(s);
    const answer = await query(s, 'WITH range(1, 100000000) AS l RETURN size(l) AS n');
    expect(answer.status).toBe(503);
    expect(await healthyWithin(s, 30_000)).toBe(true);
    expect(workerOf(s)).not.toBe(first);
    expect(s.output()).toMatch(/memory passed the ceiling of 400 MB/);
  });
});

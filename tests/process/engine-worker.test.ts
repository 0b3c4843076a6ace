// The embedded engine runs in a worker process the server supervises: a query that crashes the
// engine, or a worker past its memory ceiling, costs a restart of the worker, never the server; the
// query answers 503 and the server answers again once the worker is back. (A kill of the worker under
// load: tests/faults/engine-worker-kill.fault.ts.)
import path from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import type { BenchServer } from '../../bench/server.js';
import { healthyWithin, startWritableServer, statusOf, workerOf } from '../faults/engine-worker.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir('stancegraph-worker-');
afterAll(() => tmp.remove());
let n = 0;
let server: BenchServer | undefined;
afterEach(async () => { await server?.stop(); server = undefined; });


const query = (s: BenchServer, cypher: string) => fetch(`${s.url}/api/query`, {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cypher }),
}).then(async (r) => { await r.arrayBuffer(); return r.status; });

it('survives a query that crashes the engine (ORDER BY … SKIP past the end), and answers again', async () => {
  const s = server = await startWritableServer(path.join(tmp.dir, `db-${n++}`));
  const workers = new Set([workerOf(s)]);
  // The crash is LadybugDB's, and it does not come every time (three tries once went without one in a CI
  // run on two busy cores), so the query is asked until it has crashed the engine once, ten times at most.
  for (let attempt = 0; attempt < 10 && workers.size === 1; attempt++) {
    expect([200, 503]).toContain(await query(s, 'MATCH (a:Actor) RETURN a.id ORDER BY a.id SKIP 100000 LIMIT 1'));
    expect(await healthyWithin(s, 30_000)).toBe(true);
    workers.add(workerOf(s));
  }
  expect(workers.size, 'the engine crashed at least once and was restarted').toBeGreaterThan(1);
  expect(await statusOf(`${s.url}/api/actors?q=a`)).toBe(200);
});

it('stops a worker past its memory ceiling: 503 for the query, then answers again', async () => {
  const s = server = await startWritableServer(path.join(tmp.dir, `db-${n++}`), { ENGINE_MEMORY_MB: '400', QUERY_TIMEOUT_MS: '60000' });
  const first = workerOf(s);
  expect(await query(s, 'WITH range(1, 100000000) AS l RETURN size(l) AS n')).toBe(503);
  expect(await healthyWithin(s, 30_000)).toBe(true);
  expect(workerOf(s)).not.toBe(first);
  expect(s.output()).toMatch(/memory passed the ceiling of 400 MB/);
});

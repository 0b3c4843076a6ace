// Memory is steady: after a warm-up, 50,000 more requests over a mix of endpoints grow the resident
// memory of the server and its engine worker process, together, by less than 20%. The server runs as shipped
// (answer cache on), with fixed V8 heap limits (V8_HEAP); one request in ten asks for something never asked
// before (an unknown actor, a new search), so the engine path runs all along, and health runs its queries every
// time.
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { processMemoryMb, startServer, type BenchServer } from '../../bench/server.js';
import { tempDir } from '../helpers/stores.js';
import { workerOf } from './engine-worker.js';

const PATHS = [
  '/api/health', '/api/actors?q=al', '/api/actors?q=pash', '/api/actors/azerbaijan', '/api/actors/armenia?asOf=2023-01-01',
  '/api/statements?speaker=ilham-aliyev', '/api/statements?about=armenia&limit=20', '/api/statements?q=peace',
  '/api/graph/neighborhood?id=azerbaijan', '/api/graph/neighborhood?id=armenia&depth=2', '/api/graph/path?from=azerbaijan&to=russia',
  '/api/positions', '/api/events', '/api/sources', '/api/timeline?actor=armenia', '/api/pairs?a=azerbaijan&b=armenia', '/api/nothing-here',
];

/**
 * V8 sizes its heap differently on each Node line. Left to itself, the server's resident memory grew by 50 MB in
 * the first 25,000 requests and by 100 MB over 200,000, in steps, on Node 22 and 24 (20.0% in this test on Node 22,
 * 15.4% on Node 24), while Node 20's stayed flat. It is no leak: with the old space capped at 96 MB, Node 22's server
 * stayed within 15 MB over the same 200,000 requests, none failing. With the old space alone capped (at 128 MB),
 * Node 24's server still grew by 50 MB in the first 25,000; with the young generation's semi-spaces capped too, it
 * stayed within 10 MB. With these limits (the engine worker inherits them), Node 20, 22 and 24 gave 1–5% here, and a
 * leak of 3 kB per request (on Node 22) 27%.
 */
const V8_HEAP = { NODE_OPTIONS: '--max-old-space-size=256 --max-semi-space-size=16' };

let asked = 0;
const next = () => {
  const i = asked++;
  if (i % 20 === 0) return `/api/actors/nobody-${i}`;
  if (i % 20 === 10) return `/api/actors?q=${i.toString(36)}`;
  return PATHS[i % PATHS.length]!;
};

async function hammer(server: BenchServer, amount: number): Promise<number> {
  const result = await autocannon({ url: server.url, connections: 8, amount, timeout: 30, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: next() }) }] });
  return result.errors + result.timeouts + Object.entries(result.statusCodeStats ?? {}).filter(([c]) => c.startsWith('5')).reduce((n, [, s]) => n + s.count, 0);
}

describe('memory over 50,000 requests', () => {
  const tmp = tempDir('stancegraph-faults-');
  afterAll(() => tmp.remove());

  it('grows resident memory by less than 20% after warm-up', async () => {
    const server = await startServer({ DATA_DIR: tmp.dir, SEED_DIR: 'seed/data', ...V8_HEAP });
    try {
      expect(await hammer(server, 5_000)).toBe(0);
      const rssMb = () => server.rssMb() + processMemoryMb(workerOf(server), 'VmRSS');
      const warm = rssMb();
      expect(await hammer(server, 50_000)).toBe(0);
      const after = rssMb();
      console.log(`RSS after warm-up ${warm} MB, after 50,000 more requests ${after} MB (${Math.round((after / warm - 1) * 1000) / 10}%)`);
      expect(after).toBeLessThan(warm * 1.2);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

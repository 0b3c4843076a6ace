// The real server under misuse, over 127.0.0.1: a client that sends slowly is cut off by the request
// timeout with a 408 problem JSON, and 200 requests at once neither exhaust the engine's connection
// pool nor hang (every one answered, the server healthy after). Bounded by the test timeout.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type BenchServer } from '../../bench/server.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

function serving(env: Record<string, string>): () => BenchServer {
  let server: BenchServer;
  beforeAll(async () => {
    server = await startServer({ DATA_DIR: tmp.dir, SEED_DIR: 'seed/data', ...env });
  });
  afterAll(async () => { expect(await server.stop()).toBe(0); });
  return () => server;
}

describe('a client that sends slowly', () => {
  const server = serving({ REQUEST_TIMEOUT_MS: '1000' });

  it('is cut off by the request timeout, with 408 problem JSON', async () => {
    const socket = net.connect(Number(new URL(server().url).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const drip = setInterval(() => socket.writable && socket.write('x'), 100);
    await closed;
    clearInterval(drip);
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toContain('application/problem+json');
  });
});

describe('200 requests at once', () => {
  // No answer cache: every one of the 200 requests goes through the engine's pool of connections.
  const server = serving({ ANSWER_CACHE_MB: '0' });

  it('are all answered, and the server stays healthy', async () => {
    const paths = ['/api/actors?q=a', '/api/statements?about=armenia', '/api/graph/neighborhood?id=azerbaijan', '/api/actors/armenia', '/api/positions'];
    const agent = new http.Agent({ maxSockets: 200 });
    const get = (path: string) => new Promise<number | string>((resolve) => {
      http.get(`${server().url}${path}`, { agent }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); }).on('error', (e) => resolve(e.message));
    });
    try {
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => get(paths[i % paths.length]!)));
      expect(answers.filter((s) => s !== 200)).toEqual([]);
    } finally {
      agent.destroy();
    }
    expect((await fetch(`${server().url}/api/health`)).status).toBe(200);
  });
});

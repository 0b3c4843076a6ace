// One endpoint under autocannon at one concurrency: the samples' URLs in turn, for a fixed time.
// Requests say they accept compressed answers, as every browser's do.
import autocannon from 'autocannon';
import type { Endpoint } from './endpoints.js';

const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

export interface HttpFigures { p50: number; p99: number; rps: number; count: number; failed: number; kbPerAnswer: number }

export async function measureHttp(url: string, ep: Endpoint, connections: number, durationS: number): Promise<HttpFigures> {
  let i = 0;
  const requests = [{ method: 'GET', setupRequest: (req: { path: string }) => ({ ...req, path: ep.path(i++) }) }];
  const options = { url, connections, timeout: 120, requests, headers: { 'accept-encoding': BROWSER_ACCEPT_ENCODING } };
  let result = await autocannon({ ...options, duration: durationS });
  // Requests slower than the run are cut off when it ends: then a few are awaited instead.
  const least = Math.max(5, connections);
  if (result.requests.total < least) result = await autocannon({ ...options, amount: least });
  const ok = new Set([...(ep.ok ?? [])].map(String));
  const failedStatuses = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2') && !ok.has(code)).reduce((n, [, s]) => n + s.count, 0);
  return {
    p50: result.latency.p50, p99: result.latency.p99, rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    count: result.requests.total, failed: failedStatuses + result.errors + result.timeouts,
    kbPerAnswer: result.requests.total ? Math.round(result.throughput.total / result.requests.total / 102.4) / 10 : NaN,
  };
}

/**
 * Waits until the server has finished what an earlier run left in flight (requests autocannon stopped
 * waiting for still hold the engine's connections): health, which queues behind them, answers fast twice.
 */
export async function settle(url: string): Promise<void> {
  for (let fast = 0; fast < 2;) {
    const started = performance.now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    fast = performance.now() - started < 50 ? fast + 1 : 0;
  }
}

/** Asks for every sample once, four at a time; returns the answers that were not successes (a query past its timeout, say). */
export async function warmUp(url: string, eps: Endpoint[], samples: number): Promise<string[]> {
  const failed: string[] = [];
  const paths = eps.flatMap((ep) => Array.from({ length: samples }, (_, i) => ({ ep, path: ep.path(i) })));
  const worker = async () => {
    for (let job = paths.shift(); job; job = paths.shift()) {
      const res = await fetch(url + job.path);
      await res.arrayBuffer();
      if (!res.ok && !(job.ep.ok ?? []).includes(res.status)) failed.push(`${job.path} → ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return failed;
}

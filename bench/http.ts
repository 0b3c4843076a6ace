// One endpoint under autocannon at one concurrency: the samples' URLs in turn, for a fixed time.
import autocannon from 'autocannon';
import type { Endpoint } from './endpoints.js';

export interface HttpFigures { p50: number; p99: number; rps: number; count: number; failed: number }

export async function measureHttp(url: string, ep: Endpoint, connections: number, durationS: number): Promise<HttpFigures> {
  let i = 0;
  const requests = [{ method: 'GET', setupRequest: (req: { path: string }) => ({ ...req, path: ep.path(i++) }) }];
  let result = await autocannon({ url, connections, duration: durationS, timeout: 120, requests });
  // Requests slower than the whole run are cut off when it ends: then one round is awaited instead.
  if (result.requests.total === 0) result = await autocannon({ url, connections, amount: connections, timeout: 120, requests });
  const ok = new Set([...(ep.ok ?? [])].map(String));
  const failedStatuses = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2') && !ok.has(code)).reduce((n, [, s]) => n + s.count, 0);
  return {
    p50: result.latency.p50, p99: result.latency.p99, rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    count: result.requests.total, failed: failedStatuses + result.errors + result.timeouts,
  };
}

/** Asks for every sample once; returns the answers that were not successes (a query past its timeout, say). */
export async function warmUp(url: string, eps: Endpoint[], samples: number): Promise<string[]> {
  const failed: string[] = [];
  for (const ep of eps) {
    for (let i = 0; i < samples; i++) {
      const res = await fetch(url + ep.path(i));
      await res.arrayBuffer();
      if (!res.ok && !(ep.ok ?? []).includes(res.status)) failed.push(`${ep.path(i)} → ${res.status}`);
    }
  }
  return failed;
}

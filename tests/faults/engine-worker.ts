// Helpers for the tests of the embedded engine's worker process: the server as a child process with
// writes allowed, its worker's process id, and waiting for health.
import { readFileSync } from 'node:fs';
import { startServer, type BenchServer } from '../../bench/server.js';
import { API_TOKENS, TOKENS } from '../writes/harness.js';

/** The server, no answer cache (every read reaches the engine), writes and ad-hoc queries allowed. */
export const startWritableServer = (dataDir: string, env: Record<string, string> = {}) =>
  startServer({ DATA_DIR: dataDir, API_TOKENS, ANSWER_CACHE_MB: '0', ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true', ...env });

/** The server's engine worker: its only child process. */
export function workerOf(s: BenchServer): number {
  const children = readFileSync(`/proc/${s.pid}/task/${s.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  if (children.length !== 1) throw new Error(`expected one engine worker under the server, found ${children.length}`);
  return children[0]!;
}

export const statusOf = (url: string, init?: RequestInit) => fetch(url, init).then(async (r) => { await r.arrayBuffer(); return r.status; });

export async function healthyWithin(s: BenchServer, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    if ((await statusOf(`${s.url}/api/health`)) === 200) return true;
  }
  return false;
}

/** Creates an actor as an editor; the answer's status. */
export const createActor = (s: BenchServer, id: string, extra: Record<string, unknown> = {}) => statusOf(`${s.url}/api/actors`, {
  method: 'POST', headers: { authorization: `Bearer ${TOKENS.editor}`, 'content-type': 'application/json' },
  body: JSON.stringify({ id, name: `Actor ${id}`, kind: 'person', ...extra }),
});

/** The ids among these that the server does not answer 200 for. */
export async function missingActors(s: BenchServer, ids: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const id of ids) if ((await statusOf(`${s.url}/api/actors/${id}`)) !== 200) missing.push(id);
  return missing;
}

// Writes: the session's token (reads never carry it), an Idempotency-Key per submission — a retry after a lost
// answer sends the same key, so the server applies the write once — and the problem's field messages on failure.
import { session } from '../auth/session.js';
import { ApiError, request } from './client.js';
import type { SeedActor, SeedSource, SeedStatement, WriteResult } from './types.js';

/** A fresh key for one submission (crypto.getRandomValues works on plain http too, unlike randomUUID). */
export function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `web-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface Submission { key: string; reason?: string }

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function write<T>(method: 'POST' | 'PATCH', path: string, body: unknown, { key, reason }: Submission): Promise<WriteResult<T>> {
  const token = session.token;
  if (!token) throw new ApiError(401, 'Unauthorized', 'Sign in with an API token to make changes.');
  const send = () => request<WriteResult<T>>(path, { method, body, query: { reason: reason || undefined }, headers: { ...bearer(token), 'idempotency-key': key } });
  try {
    return await send();
  } catch (e) {
    // The answer was lost or the server was briefly away: the same key makes the retry safe.
    if (e instanceof ApiError && e.unavailable) return send();
    if (e instanceof ApiError && e.status === 401) session.signOut();
    throw e;
  }
}

const path = (kind: string, id?: string) => `/${kind}${id ? `/${encodeURIComponent(id)}` : ''}`;

export const writes = {
  createStatement: (body: SeedStatement, s: Submission) => write<SeedStatement>('POST', path('statements'), body, s),
  updateStatement: (id: string, body: Partial<Omit<SeedStatement, 'id'>>, s: Submission) => write<SeedStatement>('PATCH', path('statements', id), body, s),
  createSource: (body: SeedSource, s: Submission) => write<SeedSource>('POST', path('sources'), body, s),
  updateActor: (id: string, body: Partial<Omit<SeedActor, 'id'>>, s: Submission) => write<SeedActor>('PATCH', path('actors', id), body, s),
};

/**
 * Checks a token before keeping it. The API has no "who am I"; an empty dry-run import needs the editor role,
 * applies and records nothing, and answers 401 for an unknown token and 403 for one that may only read.
 */
export async function checkToken(token: string): Promise<void> {
  await request('/import', { method: 'POST', query: { dryRun: 'true' }, body: {}, headers: bearer(token) });
}

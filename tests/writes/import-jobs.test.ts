// Long imports are bound to their request: one that does not finish within IMPORT_WAIT_MS answers 202
// with a Location to follow and goes on as a job; a client that leaves before its answer cancels an
// import that has not committed (once, a client cut off at 30 s still saw its import applied minutes later).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { TOKENS, send, writableApp } from './harness.js';

const actors = (prefix: string, n: number) => ({
  actors: Array.from({ length: n }, (_, i) => ({ id: `${prefix}-${i}`, name: `${prefix} ${i}`, kind: 'state', aliases: [], description: 'Imported by the job tests.' })),
});

async function until<T>(probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('an import past IMPORT_WAIT_MS', () => {
  let app: FastifyInstance, close: () => Promise<void>;
  beforeAll(async () => ({ app, close } = await writableApp({ IMPORT_WAIT_MS: '0' })));
  afterAll(() => close());

  it('answers 202 with a Location, and the job there ends with the import\'s report', async () => {
    const res = await send(app, 'editor', 'POST', '/api/import?reason=as%20a%20job', actors('job-actor', 200));
    expect(res.status).toBe(202);
    expect(res.headers.location).toMatch(/^\/api\/jobs\/job-[\w-]+$/);
    expect(res.body).toMatchObject({ kind: 'import', who: 'editor-user', status: 'running', finishedAt: null });
    const done = await until(async () => {
      const job = await send(app, 'editor', 'GET', String(res.headers.location));
      return job.body.status === 'running' ? undefined : job;
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'succeeded', result: { applied: true, counts: { created: 200, updated: 0, unchanged: 0 } } });
    expect((await send(app, 'none', 'GET', '/api/actors/job-actor-199')).status).toBe(200);
  });

  it('is an editor\'s to follow, and an unknown job is a 404', async () => {
    const res = await send(app, 'editor', 'POST', '/api/import', actors('job-other', 2));
    expect((await send(app, 'reader', 'GET', String(res.headers.location))).status).toBe(403);
    expect((await send(app, 'editor', 'GET', '/api/jobs/job-no-such')).status).toBe(404);
  });
});

describe('a client that leaves before its import is answered', () => {
  let app: FastifyInstance, close: () => Promise<void>, base: string;
  beforeAll(async () => {
    ({ app, close } = await writableApp());
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => close());

  const post = (body: unknown) => {
    const req = http.request(`${base}/api/import`, { method: 'POST', headers: { authorization: `Bearer ${TOKENS.editor}`, 'content-type': 'application/json' } });
    const answered = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => { res.resume(); res.on('end', () => resolve(res.statusCode ?? 0)); });
      req.on('error', reject);
    });
    req.end(JSON.stringify(body));
    return { req, answered };
  };

  /** Resolves as the next write joins the queue (the service runs one at a time, in the order they come), with its outcome to come. */
  const queued = () => new Promise<{ outcome: Promise<unknown> }>((resolve) => {
    const service = app.writes.service, run = service.run;
    service.run = (...args) => { service.run = run; const outcome = run(...args); resolve({ outcome }); return outcome; };
  });

  it('cancels the import that had not committed; the one before it, whose client waited, is applied', async () => {
    // The first import holds the write queue (large enough to take seconds even on a quick machine); the second
    // is posted once the first is in the queue (a large body takes a while to arrive and be read, and under load
    // a fixed head start was not enough), waits behind it, and its client gives up.
    const firstQueued = queued();
    const first = post(actors('stayed', 20_000));
    await firstQueued;
    const secondQueued = queued();
    const second = post(actors('left', 5));
    second.answered.catch(() => undefined);
    const { outcome } = await secondQueued;
    second.req.destroy();
    expect(await first.answered).toBe(200);
    await expect(outcome).rejects.toThrow('the client closed the connection');
    expect((await send(app, 'none', 'GET', '/api/actors/stayed-19999')).status).toBe(200);
    for (const id of ['left-0', 'left-4']) expect((await send(app, 'none', 'GET', `/api/actors/${id}`)).status).toBe(404);
  });
});

// Auth matrix: every write route with no token, a wrong token, a reader, an editor and an admin token.
// No token or a wrong one: 401; a role too low: 403; both as problem JSON, and the graph unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { findToken, hashToken, parseTokens } from '../../server/auth/tokens.js';
import { ConfigError, loadConfig } from '../../server/config.js';
import type { GraphStore } from '../../server/store/store.js';
import { WRITE_CASES, setup } from './cases.js';
import { API_TOKENS, TOKENS, send, snapshot, writableApp, type Who } from './harness.js';

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
beforeAll(async () => {
  ({ app, store, close } = await writableApp());
  for (const r of [...setup(3), ...setup(4)]) expect((await send(app, 'admin', r.method, r.url, r.body)).status).toBe(201);
});
afterAll(() => close());

const DENIED: [Who, number][] = [['none', 401], ['wrong', 401], ['reader', 403]];

describe('auth matrix on every write route', () => {
  it('covers every route the OpenAPI document marks as needing a token', () => {
    const doc = app.swagger() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const secured = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.security?.length)
      .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    expect(secured.sort()).toEqual([...WRITE_CASES.map((c) => c.route), 'GET /api/jobs/:id'].sort());
  });

  it('GET /api/jobs/:id (an import that became a job) needs editor, as the import did', async () => {
    for (const [who, status] of DENIED) expect((await send(app, who, 'GET', '/api/jobs/no-such-job')).status, who).toBe(status);
    const editor = await send(app, 'editor', 'GET', '/api/jobs/no-such-job');
    expect(editor.status).toBe(404);
    expect(editor.body.detail).toMatch(/No job has the id "no-such-job"/);
  });

  for (const c of WRITE_CASES) {
    it(`${c.route} needs ${c.role}`, async () => {
      const before = await snapshot(store);
      for (const [who, status] of DENIED) {
        const { method, url, body } = c.request(3);
        const res = await send(app, who, method, url, body);
        expect(res.status, `${who}`).toBe(status);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(res.body.status).toBe(status);
        if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      }
      const editor = await send(app, 'editor', c.request(3).method, c.request(3).url, c.request(3).body);
      expect(editor.status).toBe(c.role === 'editor' ? (c.ok ?? 200) : 403);
      if (c.role === 'admin') expect(await snapshot(store)).toEqual(before);
      const admin = await send(app, 'admin', c.request(4).method, c.request(4).url, c.request(4).body);
      expect(admin.status, JSON.stringify(admin.body)).toBeLessThan(300);
      expect(admin.body.change.who).toBe('admin-user');
    });
  }

  it('refuses a request without a token before reading its body: a malformed body still gets 401', async () => {
    expect((await send(app, 'none', 'POST', '/api/statements', { nonsense: true })).status).toBe(401);
    expect((await send(app, 'editor', 'POST', '/api/statements', { nonsense: true })).status).toBe(400);
  });

  it('accepts only the Bearer scheme', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/actors', headers: { authorization: `Basic ${TOKENS.admin}`, 'content-type': 'application/json' }, payload: '{}' });
    expect(res.statusCode).toBe(401);
  });

  it('keeps reads public by default', async () => {
    expect((await send(app, 'none', 'GET', '/api/actors')).status).toBe(200);
    expect((await send(app, 'none', 'GET', '/api/changes')).status).toBe(200);
  });
});

describe('reads behind a token (READS_REQUIRE_TOKEN=true)', () => {
  it('asks every read for a token, except health', async () => {
    const guarded = await writableApp({ READS_REQUIRE_TOKEN: 'true' });
    try {
      expect((await send(guarded.app, 'none', 'GET', '/api/actors')).status).toBe(401);
      expect((await send(guarded.app, 'wrong', 'GET', '/api/export')).status).toBe(401);
      expect((await send(guarded.app, 'reader', 'GET', '/api/actors')).status).toBe(200);
      expect((await send(guarded.app, 'none', 'GET', '/api/health')).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('token configuration', () => {
  it('stores hashes only and finds a token by its hash', () => {
    const { tokens, problems } = parseTokens(API_TOKENS);
    expect(problems).toEqual([]);
    expect(tokens.map((t) => [t.name, t.role])).toEqual([['reader-user', 'reader'], ['editor-user', 'editor'], ['admin-user', 'admin']]);
    expect(tokens[1]!.hash.equals(hashToken(TOKENS.editor))).toBe(true);
    expect(findToken(tokens, TOKENS.admin)).toEqual({ name: 'admin-user', role: 'admin' });
    expect(findToken(tokens, 'admin-secret-tokem')).toBeUndefined();
  });

  it('stops start-up on a bad entry, naming it without showing the value', () => {
    const bad = `ok:editor:${'a'.repeat(64)},ok:admin:${'b'.repeat(64)},x:boss:${'c'.repeat(64)},y:editor:1234`;
    expect(() => loadConfig({ API_TOKENS: bad })).toThrow(ConfigError);
    try { loadConfig({ API_TOKENS: bad }); } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/entry 2 \("ok"\): the name is used twice/);
      expect(msg).toMatch(/entry 3 \("x"\): the role must be one of reader, editor, admin/);
      expect(msg).toMatch(/entry 4 \("y"\): the hash must be 64 hex digits/);
      expect(msg).not.toContain('a'.repeat(64));
    }
  });
});

// A bounded fuzz pass over every operation in the OpenAPI document: random and hostile values for
// every parameter and body, from a fixed seed (a failure repeats), at most 1,500 requests or 90 s.
// Nothing may answer 5xx, and the graph must be unchanged (ad-hoc Cypher is on, so writes hidden in
// it must be refused too; write routes have no token, so they must refuse as well).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rng, pick, type Random } from '../../bench/synthetic/random.js';
import { graphFingerprint } from '../../seed/checksum.js';
import type { GraphStore } from '../../server/store/store.js';
import { seededApp } from '../helpers/app.js';
import { FIXTURE } from '../helpers/stores.js';

interface Param { name: string; in: string; schema?: { enum?: unknown[]; items?: { enum?: unknown[] } } }
interface Operation { method: string; path: string; params: Param[]; body: boolean }

const HOSTILE = [
  "' OR 1=1 --", '"}) MATCH (n) DETACH DELETE n //', '`) DETACH DELETE n //`', '\u0000', '\uFFFF\uFFFE', 'x'.repeat(10_000), '🔥🕊️ سلام עולם',
  '../../etc/passwd', '%00', '%', '&&', '?', '#', '/', '\\', ' ', '', 'null', 'undefined', 'true', '[]', '{}', '{"$ne":null}', '-1', '0', '1e309',
  '9007199254740993', '3.7', 'NaN', '2023-09-19', '2023-02-30', '19/09/2023', 'state-a', 's1', 'claim-x', 'doc-one', 'war-w', 'town-t', 'statements-by',
  'MATCH (n) DETACH DELETE n', "CREATE (:Actor {id: 'fuzz'})", "MATCH (a:Actor) SET a.name = 'x' RETURN a", 'CALL db.clearQueryCaches()', 'RETURN 1',
];
const CHARS = [...'aZ09-_ \'"`\\/%&=?#;:,.<>{}[]()$*\u0000\n\tçğ🕊️עا'];

function value(r: Random, p?: Param): string {
  const enumerated = p?.schema?.enum ?? p?.schema?.items?.enum;
  const roll = r();
  if (enumerated && roll < 0.3) return String(pick(r, enumerated));
  if (roll < 0.7) return pick(r, HOSTILE);
  return Array.from({ length: Math.floor(r() * 40) }, () => CHARS[Math.floor(r() * CHARS.length)]).join('');
}

function body(r: Random): unknown {
  const roll = r();
  if (roll < 0.2) return value(r);
  if (roll < 0.3) return [value(r), Math.floor(r() * 1e6)];
  const keys = ['params', 'cypher', 'id', 'name', 'kind', 'speaker', 'target', 'limit', 'reason', 'statements', 'actors', 'from', 'to'];
  return Object.fromEntries(Array.from({ length: 1 + Math.floor(r() * 4) }, () => [pick(r, keys), r() < 0.3 ? { speaker: value(r), cypher: value(r) } : value(r)]));
}

function operations(doc: { paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: unknown }>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(), path, params: (op.parameters ?? []).filter((p) => p.in !== 'header'), body: op.requestBody !== undefined,
  })));
}

function request(r: Random, op: Operation) {
  let url = op.path;
  const query = new URLSearchParams();
  for (const p of op.params) {
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value(r, p)));
    else if (r() < 0.6) for (let k = r() < 0.15 ? 2 : 1; k > 0; k--) query.append(p.name, value(r, p));
  }
  const qs = query.toString();
  return { method: op.method as 'GET', url: qs ? `${url}?${qs}` : url, ...(op.body ? { payload: JSON.stringify(body(r)), headers: { 'content-type': 'application/json' } } : {}) };
}

describe('a fuzz pass over every operation', () => {
  let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
  beforeAll(async () => ({ app, store, close } = await seededApp({ ENABLE_ADHOC_QUERIES: 'true', ALLOW_ANONYMOUS_ADHOC_QUERIES: 'true' }, [FIXTURE])));
  afterAll(() => close());

  it('gets no 5xx, and leaves the graph as it was', async () => {
    const before = await graphFingerprint(store);
    const ops = operations((await app.inject({ method: 'GET', url: '/openapi.json' })).json());
    expect(ops.length).toBeGreaterThan(20);
    const r = rng(20231919);
    const failures: string[] = [];
    const seen = new Set<string>();
    const started = Date.now();
    for (let i = 0; i < 1500 && Date.now() - started < 90_000; i++) {
      const op = ops[i % ops.length]!;
      const req = request(r, op);
      const res = await app.inject(req);
      seen.add(`${op.method} ${op.path}`);
      if (res.statusCode >= 500) failures.push(`${req.method} ${req.url.slice(0, 120)} ${String(req.payload ?? '').slice(0, 80)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBe(ops.length);
    expect(await graphFingerprint(store)).toEqual(before);
  });
});

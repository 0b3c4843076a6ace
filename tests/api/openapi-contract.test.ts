// The OpenAPI document as third-party tools take it: Redocly CLI lints it with its recommended rules, plus a
// description on every operation and a contact (no error, no warning), and realistic traffic, reads on the
// seed data, every write route with a token, refusals and exports, is replayed through oas3-chow-chow, which
// validates each response's status, media type, headers and body against the document (no violation).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type ChowChowModule from 'oas3-chow-chow';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../helpers/app.js';
import { FIXTURE, seedDataFiles, tempDir } from '../helpers/stores.js';
import { WRITE_CASES, setup } from '../writes/cases.js';
import { API_TOKENS, TOKENS, type Who } from '../writes/harness.js';

// A CommonJS package whose class is its `default` export.
const ChowChow = createRequire(import.meta.url)('oas3-chow-chow').default as typeof ChowChowModule.default;

let app: FastifyInstance, close: () => Promise<void>, doc: any;
const tmp = tempDir('stancegraph-openapi-');
beforeAll(async () => {
  // The seed data for realistic reads, and the fixture the write cases are written for.
  ({ app, close } = await seededApp({ API_TOKENS }, [...(await seedDataFiles()), FIXTURE]));
  doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(async () => { await close(); tmp.remove(); });

describe('Redocly CLI', () => {
  it('lints the document with the recommended rules, and a description on every operation and a contact: no error, no warning', () => {
    const file = path.join(tmp.dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    // Spectral's OpenAPI rules ask for these two as well (operation-description, info-contact).
    const config = path.join(tmp.dir, 'redocly.yaml');
    writeFileSync(config, 'extends:\n  - recommended\nrules:\n  operation-description: warn\n  info-contact: warn\n');
    const run = spawnSync(path.resolve('node_modules/.bin/redocly'), ['lint', file, '--config', config, '--format=json'], { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
    const report = JSON.parse(run.stdout);
    expect(report.problems.map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});

interface Call { who?: Who; method: string; url: string; body?: unknown; type?: string }

/** Reads a user makes on the seed data, refusals included; `ids` come from earlier answers. */
const reads = (ids: { statement: string; report: string; reportParam: string }): Call[] => [
  { method: 'GET', url: '/api/health' },
  { method: 'GET', url: '/api/actors?q=aliyev' }, { method: 'GET', url: '/api/actors?kind=state&limit=5&offset=5' },
  { method: 'GET', url: '/api/actors/armenia' }, { method: 'GET', url: '/api/actors/armenia?asOf=2023-09-19' }, { method: 'GET', url: '/api/actors/nobody-at-all' },
  { method: 'GET', url: '/api/statements?stance=condemns' }, { method: 'GET', url: '/api/statements?stance=condemns&stance=threatens&from=2023-09-19&to=2023-09-30' },
  { method: 'GET', url: '/api/statements?speaker=armenia&about=azerbaijan' }, { method: 'GET', url: '/api/statements?q=ceasefire&limit=5' },
  { method: 'GET', url: '/api/statements?position=nobody-claims-this' }, { method: 'GET', url: '/api/statements?limit=0&stance=hates' },
  { method: 'GET', url: `/api/statements/${ids.statement}` }, { method: 'GET', url: '/api/statements/no-such-statement' },
  { method: 'GET', url: '/api/positions' }, { method: 'GET', url: '/api/contradictions' },
  { method: 'GET', url: '/api/events' }, { method: 'GET', url: '/api/sources' }, { method: 'GET', url: '/api/sources/encyclopedia-2023-offensive' },
  { method: 'GET', url: '/api/graph/overview' }, { method: 'GET', url: '/api/graph/overview?include=ALLIED_WITH,SPOKE_ABOUT&stance=condemns&statementIds=true' },
  { method: 'GET', url: '/api/graph/neighborhood?id=armenia&depth=2' }, { method: 'GET', url: '/api/graph/path?from=armenia&to=russia' },
  { method: 'GET', url: '/api/timeline?actor=armenia' }, { method: 'GET', url: '/api/pairs?a=armenia&b=azerbaijan' },
  { method: 'GET', url: '/api/reports' }, { method: 'GET', url: `/api/reports/${ids.report}` },
  { method: 'GET', url: `/api/reports/${ids.report}/run?${ids.reportParam}` }, { method: 'POST', url: '/api/reports/most-vocal/run', body: { params: {} } },
  { method: 'POST', url: '/api/query', body: { cypher: 'MATCH (a:Actor) RETURN a.id LIMIT 1' } },
  { method: 'GET', url: '/api/changes?limit=5' },
  ...['json', 'graphml', 'gexf', 'cytoscape', 'csv'].map((format) => ({ method: 'GET', url: `/api/export?format=${format}&speaker=armenia` })),
  { method: 'GET', url: '/api/export?format=pdf' }, { method: 'GET', url: '/api/export?source=no-such-document' },
];

/** Writes: every write route as the role it needs, as nobody, and a few the graph refuses. */
const writes = (): Call[] => [
  ...[...setup(1)].map((r): Call => ({ who: 'admin', ...r })),
  ...WRITE_CASES.map((c): Call => ({ who: c.role, ...c.request(1) })),
  ...WRITE_CASES.slice(0, 3).map((c): Call => ({ who: 'none', ...c.request(2) })),
  { who: 'reader', method: 'POST', url: '/api/actors', body: { id: 'a-reader-tries', name: 'Reader', kind: 'group' } },
  { who: 'editor', method: 'POST', url: '/api/actors', body: { id: 'state-a', name: 'Again', kind: 'state' } },
  { who: 'editor', method: 'POST', url: '/api/actors', body: { id: 'Not An Id', name: '', kind: 'planet' } },
  { who: 'admin', method: 'DELETE', url: '/api/sources/doc-one?reason=still cited' },
  { who: 'editor', method: 'POST', url: '/api/import?dryRun=true', type: 'text/csv', body: 'id,speaker,about,stance,date,date_precision,channel,modality,lang,quote,summary,excerpt,positions,responds_to,source_url,source_title,source_publisher,source_published,source_kind\n,state-a,state-b,warns,2023-09-23,day,press statement,asserted,en,,"A warns B.","State A warned State B.",,,https://example.org/contract,Contract,,,analysis\n' },
  { who: 'editor', method: 'POST', url: '/api/import', type: 'text/csv', body: 'not,a,template\n1,2,3\n' },
];

/**
 * The operation a request reaches. OpenAPI says a concrete path wins over a templated one
 * (/api/actors/merge over /api/actors/{id}); oas3-chow-chow's own path lookup takes the first that
 * matches, so the operation is found here and validated by its operationId.
 */
function operationId(method: string, url: string): string {
  const pathname = url.split('?')[0]!;
  const candidates = Object.keys(doc.paths).filter((p) => new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`).test(pathname) && doc.paths[p][method.toLowerCase()]);
  const best = candidates.sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))[0];
  return best ? doc.paths[best][method.toLowerCase()].operationId : `(no operation for ${method} ${pathname})`;
}

async function replay(call: Call) {
  const auth = call.who && call.who !== 'none' ? { authorization: `Bearer ${call.who === 'wrong' ? 'not-a-token' : TOKENS[call.who]}` } : {};
  const type = call.body === undefined ? {} : { 'content-type': call.type ?? 'application/json' };
  const payload = call.body === undefined ? undefined : typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
  const res = await app.inject({ method: call.method as 'GET', url: call.url, payload, headers: { ...auth, ...type } });
  const media = String(res.headers['content-type'] ?? '');
  const body = /json/.test(media) ? res.json() : media.startsWith('application/zip') ? res.rawPayload.toString('latin1') : res.body;
  return { status: res.statusCode, header: res.headers as Record<string, string>, body };
}

describe('traffic replayed through oas3-chow-chow', () => {
  it('validates every response (status, media type, headers, body) against the document: no violation', async () => {
    const chow = await ChowChow.create(structuredClone(doc));
    const firstStatement = (await replay({ method: 'GET', url: '/api/statements?limit=1' })).body.items[0].id;
    const report = (await replay({ method: 'GET', url: '/api/reports/statements-by' })).body;
    const speaker = report.params.find((p: { name: string }) => p.name === 'speaker').name;
    const calls = [...reads({ statement: firstStatement, report: report.name, reportParam: `${speaker}=armenia` }), ...writes()];
    const violations: string[] = [];
    const statuses = new Set<number>();
    for (const call of calls) {
      const res = await replay(call);
      statuses.add(res.status);
      try {
        chow.validateResponseByOperationId(operationId(call.method, call.url), res);
      } catch (e) {
        violations.push(`${call.method} ${call.url} → ${res.status} ${res.header['content-type']}: ${(e as Error).message} ${JSON.stringify((e as { meta?: unknown }).meta ?? '')}`.slice(0, 600));
      }
    }
    expect(violations).toEqual([]);
    // The traffic did reach the answers the document promises: successes, creations and each kind of refusal.
    expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 201, 400, 401, 403, 404, 409]));
    expect(await replay(calls.find((c) => c.url === '/api/import?dryRun=true')!)).toMatchObject({ status: 200, body: { dryRun: true, counts: { created: 2 } } });
  }, 300_000); // about 80 requests, writes and exports among them, on a machine that may be busy
});

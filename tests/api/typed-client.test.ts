// A typed client generated from the live document with openapi-typescript: its types accept the calls
// a user makes to the main endpoints through openapi-fetch and refuse wrong ones (tsc), and the same
// calls answer as typed against a real server listening on a port.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApp } from '../helpers/app.js';
import { API_TOKENS, TOKENS } from '../writes/harness.js';

const DIR = path.resolve('tests/api/typed-client');
const GENERATED = path.join(DIR, 'api.d.ts');

let app: FastifyInstance, close: () => Promise<void>, baseUrl: string;
beforeAll(async () => {
  ({ app, close } = await seededApp({ API_TOKENS }));
  const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
  writeFileSync(GENERATED, astToString(await openapiTS(doc)));
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => { await close(); rmSync(GENERATED, { force: true }); });

describe('a client generated with openapi-typescript', () => {
  it('names every component and operation, and type-checks the main calls (and refuses wrong ones)', () => {
    const generated = spawnSync('cat', [GENERATED], { encoding: 'utf8' }).stdout;
    expect(generated).toMatch(/ActorSummary: \{/);
    expect(generated).toMatch(/listStatements: \{/);
    const tsc = spawnSync(path.resolve('node_modules/.bin/tsc'), ['-p', path.join(DIR, 'tsconfig.json')], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('answers the typed calls as their types say, through openapi-fetch', async () => {
    // Loaded by path: the root type-check leaves this folder to its own tsconfig (the types are generated here).
    const { mainCalls } = await import(pathToFileURL(path.join(DIR, 'calls.ts')).href);
    const r = await mainCalls(baseUrl, TOKENS.editor);
    expect(r.firstActor).toMatchObject({ id: 'ilham-aliyev', kind: 'person' });
    expect(r.ties?.length).toBeGreaterThan(0);
    expect(r.problem).toMatchObject({ status: 404, title: 'Not Found' });
    expect(r.page?.total).toBeGreaterThan(0);
    expect(r.page?.items.every((s: any) => s.about.some((a: any) => a.id === 'azerbaijan' && ['condemns', 'threatens'].includes(a.stance)))).toBe(true);
    expect(r.detail?.id).toBe(r.page?.items[0]?.id);
    expect(r.elements?.nodes.some((n: any) => n.data.id === 'armenia')).toBe(true);
    expect(r.reports).toContain('most-vocal');
    expect(r.result?.rows.length).toBe(3);
    expect(r.exportType).toMatch(/^application\/graphml\+xml/);
    expect(r.graphml).toMatch(/^<\?xml/);
    expect({ status: r.refusedStatus, title: r.refusedProblem?.title }).toEqual({ status: 401, title: 'Unauthorized' });
    expect(r.createdStatus).toBe(201);
    expect(r.source).toMatchObject({ id: 'typed-client-source', kind: 'analysis' });
  });
});

// Calls to the main endpoints through openapi-fetch, typed by the client openapi-typescript generates
// from the live document (api.d.ts, written by typed-client.test.ts). tsc checks this file against the
// generated types, the @ts-expect-error lines included: a document that lost its types, operations
// or required parameters fails the check. The test then runs the same calls against a real server.
import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

type Schemas = components['schemas'];

export async function mainCalls(baseUrl: string, editorToken: string) {
  const client = createClient<paths>({ baseUrl });

  const actors = await client.GET('/api/actors', { params: { query: { q: 'aliyev', limit: 5 } } });
  const firstActor: Schemas['ActorSummary'] | undefined = actors.data?.items[0];

  const actor = await client.GET('/api/actors/{id}', { params: { path: { id: 'armenia' } } });
  const ties: Schemas['Tie'][] | undefined = actor.data?.ties;

  const missing = await client.GET('/api/actors/{id}', { params: { path: { id: 'nobody-at-all' } } });
  const problem: Schemas['Problem'] | undefined = missing.error;

  const statements = await client.GET('/api/statements', { params: { query: { stance: ['condemns', 'threatens'], about: ['azerbaijan'], limit: 10 } } });
  const page: Schemas['StatementPage'] | undefined = statements.data;

  const statement = page?.items[0] ? await client.GET('/api/statements/{id}', { params: { path: { id: page.items[0].id } } }) : undefined;
  const detail: Schemas['StatementDetail'] | undefined = statement?.data;

  const graph = await client.GET('/api/graph/neighborhood', { params: { query: { id: 'armenia', depth: 2, stance: ['condemns'] } } });
  const elements: Schemas['Elements'] | undefined = graph.data;

  const reports = await client.GET('/api/reports');
  const run = await client.POST('/api/reports/{name}/run', { params: { path: { name: 'most-vocal' } }, body: { params: { limit: 3 } } });
  const result: Schemas['RunResult'] | undefined = run.data;

  const exported = await client.GET('/api/export', { params: { query: { format: 'graphml', speaker: ['armenia'] } }, parseAs: 'text' });

  const refused = await client.POST('/api/sources', { body: { id: 'typed-client-source', title: 'Typed', publisher: null, url: null, published: null, kind: 'analysis' } });
  const created = await client.POST('/api/sources', {
    body: { id: 'typed-client-source', title: 'Typed', publisher: null, url: null, published: null, kind: 'analysis' },
    headers: { authorization: `Bearer ${editorToken}` },
  });
  const source: Schemas['SourceRecord'] | undefined = created.data?.record;

  return {
    firstActor, ties, problem, page, detail, elements, reports: reports.data?.items.map((r) => r.name), result,
    graphml: typeof exported.data === 'string' ? exported.data : undefined, exportType: exported.response.headers.get('content-type'),
    refusedStatus: refused.response.status, refusedProblem: refused.error, createdStatus: created.response.status, source,
  };
}

/** Calls the generated types must refuse; never run. */
export function refusedAtCompileTime(client: ReturnType<typeof createClient<paths>>) {
  // @ts-expect-error -- "hates" is not a stance
  void client.GET('/api/statements', { params: { query: { stance: ['hates'] } } });
  // @ts-expect-error -- an actor's id is a required path parameter
  void client.GET('/api/actors/{id}', {});
  // @ts-expect-error -- no such operation
  void client.GET('/api/actor-list');
  // @ts-expect-error -- a source record needs its kind
  void client.POST('/api/sources', { body: { id: 'x', title: 'x', publisher: null, url: null, published: null } });
}

// One request per write route of the API, valid for the mini fixture, with the role it needs. `n`
// makes each attempt's new ids its own, so the same case can succeed for more than one token.
// `setup` (run once, as admin) makes the records the delete and merge cases remove.

export interface Request { method: string; url: string; body?: unknown }
export interface WriteCase { route: string; role: 'editor' | 'admin'; request: (n: number) => Request; ok?: number }

const source = [{ source: 'doc-one', excerpt: 'Words in document one.' }];
const doomed = (n: number, what: string) => `doomed-${what}-${n}`;
/** The far end of the tie that attempt n deletes (bloc-c supplies arms to it). */
const armed = (n: number) => (n % 2 === 0 ? 'loner' : 'person-p');

export const setup = (n: number): Request[] => [
  { method: 'POST', url: '/api/actors', body: { id: doomed(n, 'actor'), name: `Doomed ${n}`, kind: 'group' } },
  { method: 'POST', url: '/api/actors', body: { id: doomed(n, 'merged'), name: `Merged ${n}`, kind: 'group' } },
  { method: 'POST', url: '/api/statements', body: { id: doomed(n, 'statement'), speaker: 'loner', quote: null, summary: 'Said.', date: null, datePrecision: 'unknown', channel: 'x', modality: 'asserted', about: [{ target: 'state-a', stance: 'states' }], sources: source } },
  { method: 'POST', url: '/api/sources', body: { id: doomed(n, 'source'), title: 'Doomed', publisher: null, url: null, published: null, kind: 'analysis' } },
  { method: 'POST', url: '/api/positions', body: { id: doomed(n, 'position'), label: 'Doomed claim' } },
  { method: 'POST', url: '/api/events', body: { id: doomed(n, 'event'), name: 'Doomed event', date: '2023-09-01', sources: source } },
  { method: 'POST', url: '/api/places', body: { id: doomed(n, 'place'), name: `Doomed place ${n}` } },
  { method: 'POST', url: '/api/ties', body: { type: 'SUPPLIES_ARMS_TO', from: 'bloc-c', to: armed(n), source: 'doc-one', excerpt: 'Arms.' } },
];

export const WRITE_CASES: WriteCase[] = [
  { route: 'POST /api/actors', role: 'editor', ok: 201, request: (n) => ({ method: 'POST', url: '/api/actors', body: { id: `new-actor-${n}`, name: `New actor ${n}`, kind: 'group' } }) },
  { route: 'PATCH /api/actors/:id', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/actors/loner', body: { description: `Edit ${n}` } }) },
  { route: 'DELETE /api/actors/:id', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/actors/${doomed(n, 'actor')}?reason=test` }) },
  { route: 'POST /api/actors/merge', role: 'admin', request: (n) => ({ method: 'POST', url: '/api/actors/merge', body: { keep: 'loner', remove: doomed(n, 'merged'), reason: 'the same group' } }) },
  {
    route: 'POST /api/statements', role: 'editor', ok: 201, request: (n) => ({
      method: 'POST', url: '/api/statements?reason=new',
      body: { id: `new-statement-${n}`, speaker: 'state-a', quote: null, summary: 'A speaks.', date: '2023-09-21', datePrecision: 'day', channel: 'x', modality: 'asserted', about: [{ target: 'state-b', stance: 'warns' }], sources: source },
    }),
  },
  { route: 'PATCH /api/statements/:id', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/statements/s3', body: { summary: `Edited ${n}.` } }) },
  { route: 'DELETE /api/statements/:id', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/statements/${doomed(n, 'statement')}?reason=test` }) },
  { route: 'POST /api/sources', role: 'editor', ok: 201, request: (n) => ({ method: 'POST', url: '/api/sources', body: { id: `new-source-${n}`, title: 'New', publisher: null, url: `https://example.org/${n}`, published: null, kind: 'analysis' } }) },
  { route: 'PATCH /api/sources/:id', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/sources/doc-one', body: { publisher: `Press ${n}` } }) },
  { route: 'DELETE /api/sources/:id', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/sources/${doomed(n, 'source')}?reason=test` }) },
  { route: 'POST /api/positions', role: 'editor', ok: 201, request: (n) => ({ method: 'POST', url: '/api/positions', body: { id: `new-position-${n}`, label: 'A claim' } }) },
  { route: 'PATCH /api/positions/:id', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/positions/claim-y', body: { description: `Edit ${n}` } }) },
  { route: 'DELETE /api/positions/:id', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/positions/${doomed(n, 'position')}?reason=test` }) },
  { route: 'POST /api/events', role: 'editor', ok: 201, request: (n) => ({ method: 'POST', url: '/api/events', body: { id: `new-event-${n}`, name: 'An event', date: null, participants: [{ actor: 'state-a', role: 'host' }], sources: source } }) },
  { route: 'PATCH /api/events/:id', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/events/war-w', body: { description: `Edit ${n}` } }) },
  { route: 'DELETE /api/events/:id', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/events/${doomed(n, 'event')}?reason=test` }) },
  { route: 'POST /api/places', role: 'editor', ok: 201, request: (n) => ({ method: 'POST', url: '/api/places', body: { id: `new-place-${n}`, name: `New place ${n}` } }) },
  { route: 'PATCH /api/places/:id', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/places/town-t', body: { description: `Edit ${n}` } }) },
  { route: 'DELETE /api/places/:id', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/places/${doomed(n, 'place')}?reason=test` }) },
  { route: 'POST /api/ties', role: 'editor', ok: 201, request: (n) => ({ method: 'POST', url: '/api/ties', body: { type: 'MEMBER_OF', from: 'loner', to: n % 2 === 0 ? 'bloc-c' : 'state-b', source: 'doc-one', excerpt: 'Loner joined.' } }) },
  { route: 'PATCH /api/ties/:type/:from/:to', role: 'editor', request: (n) => ({ method: 'PATCH', url: '/api/ties/ALLIED_WITH/state-a/state-b', body: { since: `200${n}-01-01` } }) },
  { route: 'DELETE /api/ties/:type/:from/:to', role: 'admin', request: (n) => ({ method: 'DELETE', url: `/api/ties/SUPPLIES_ARMS_TO/bloc-c/${armed(n)}?reason=test` }) },
  { route: 'POST /api/import', role: 'editor', request: (n) => ({ method: 'POST', url: '/api/import', body: { actors: [{ id: `imported-${n}`, name: `Imported ${n}`, kind: 'group' }] } }) },
];

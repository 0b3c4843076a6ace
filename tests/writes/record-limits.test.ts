// Records that could be made but never managed, or that say something impossible, are refused on create with
// the field named, and nothing changes: ids longer than a route takes, source links that are not http(s),
// intervals that end before they start, and a statement that responds to itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../../server/store/store.js';
import { send, snapshot, writableApp } from './harness.js';

let app: FastifyInstance, store: GraphStore, close: () => Promise<void>;
beforeAll(async () => ({ app, store, close } = await writableApp()));
afterAll(() => close());

const cite = [{ source: 'doc-one', excerpt: 'Words in document one.' }];
const statement = (over: Record<string, unknown>) => ({ id: 'limits-statement', speaker: 'state-a', quote: null, summary: 'A speaks.', date: '2023-09-21', datePrecision: 'day', channel: 'x', modality: 'asserted', about: [{ target: 'state-b', stance: 'warns' }], sources: cite, ...over });

const REFUSED: [string, string, unknown, string, RegExp][] = [
  ['an id over 100 characters', '/api/actors', { id: 'a'.repeat(101), name: 'Long', kind: 'group' }, 'body.id', /at most 100 characters/],
  ['a javascript: source link', '/api/sources', { id: 'bad-link', title: 'T', publisher: null, url: 'javascript:alert(1)', published: null, kind: 'analysis' }, 'body.url', /http:\/\/ or https:\/\//],
  ['a data: source link', '/api/sources', { id: 'bad-link', title: 'T', publisher: null, url: 'data:text/html,<b>x</b>', published: null, kind: 'analysis' }, 'body.url', /http:\/\/ or https:\/\//],
  ['a file: source link', '/api/sources', { id: 'bad-link', title: 'T', publisher: null, url: 'file:///etc/passwd', published: null, kind: 'analysis' }, 'body.url', /http:\/\/ or https:\/\//],
  ['a tie that ends before it starts', '/api/ties', { type: 'ALLIED_WITH', from: 'state-a', to: 'loner', since: '2023-05-01', until: '2022-01-01', source: 'doc-one', excerpt: 'Allies.' }, 'body.until', /before since 2023-05-01/],
  ['an event that ends before it starts', '/api/events', { id: 'backwards', name: 'Backwards', date: '2023-09-20', endDate: '2023-09-19', sources: cite }, 'body.endDate', /before date 2023-09-20/],
  ['a statement that responds to itself', '/api/statements', statement({ respondsTo: ['limits-statement'] }), 'body.respondsTo', /itself/],
];

describe('records that could not be managed, or say something impossible', () => {
  it.each(REFUSED)('refuses %s, naming the field, and changes nothing', async (_what, url, body, field, message) => {
    const before = await snapshot(store);
    const res = await send(app, 'editor', 'POST', url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    const problem = (res.body as { errors: { field: string; message: string }[] }).errors.find((e) => e.field === field);
    expect(problem?.message, JSON.stringify(res.body)).toMatch(message);
    expect(await snapshot(store)).toEqual(before);
  });

  it('still takes an id of exactly 100 characters, and reads, changes and deletes it', async () => {
    const id = 'b'.repeat(100);
    expect((await send(app, 'editor', 'POST', '/api/actors', { id, name: 'Hundred', kind: 'group' })).status).toBe(201);
    expect((await send(app, 'none', 'GET', `/api/actors/${id}`)).status).toBe(200);
    expect((await send(app, 'editor', 'PATCH', `/api/actors/${id}`, { name: 'Hundred, renamed' })).status).toBe(200);
    expect((await send(app, 'admin', 'DELETE', `/api/actors/${id}?reason=test`)).status).toBe(200);
  });
});

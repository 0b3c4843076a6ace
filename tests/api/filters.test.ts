// One rule for filters on every endpoint: stance takes a list, and an id given as a filter that names
// nothing of its kind is a 404 naming the filter (not an empty page that reads as "no statements").
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, seededApp } from '../helpers/app.js';
import { FIXTURE } from '../helpers/stores.js';

let app: FastifyInstance, close: () => Promise<void>;
beforeAll(async () => ({ app, close } = await seededApp({}, [FIXTURE])));
afterAll(() => close());

const ids = async (url: string) => {
  const res = await getJson(app, url);
  expect(res.status, url).toBe(200);
  return res.body.items.map((s: { id: string }) => s.id);
};

describe('stance filter', () => {
  it('takes several stances on /api/statements, repeated or comma-separated, as the graph does', async () => {
    expect(await ids('/api/statements?stance=threatens')).toEqual(['s1']);
    expect(await ids('/api/statements?stance=threatens&stance=urges')).toEqual(['s1', 's3']);
    expect(await ids('/api/statements?stance=threatens,urges')).toEqual(['s1', 's3']);
    expect(await ids('/api/statements?stance=urges&about=state-a')).toEqual(['s3']);
  });

  it('takes the same list on /api/export', async () => {
    const res = await getJson(app, '/api/export?format=json&stance=threatens&stance=urges');
    expect(res.status).toBe(200);
    expect(res.body.statements.map((s: { id: string }) => s.id).sort()).toEqual(['s1', 's3']);
  });
});

describe('unknown ids given as filters', () => {
  it.each([
    ['speaker', '/api/statements?speaker=nobody', 'No actor has the id "nobody" (speaker)'],
    ['about', '/api/statements?about=nowhere', 'No actor, event or place has the id "nowhere" (about)'],
    ['position', '/api/statements?position=no-claim', 'No position has the id "no-claim" (position)'],
    ['source', '/api/statements?source=no-doc', 'No source has the id "no-doc" (source)'],
    ['position', '/api/export?position=no-claim', 'No position has the id "no-claim" (position)'],
    ['source', '/api/export?format=gexf&source=no-doc', 'No source has the id "no-doc" (source)'],
    ['actor', '/api/export?actor=nobody', 'No actor has the id "nobody" (actor)'],
    ['actor', '/api/timeline?actor=nobody', 'No actor has the id "nobody" (actor)'],
  ])('answers 404 naming %s for %s', async (field, url, detail) => {
    const res = await getJson(app, url);
    expect(res.status).toBe(404);
    expect(res.type).toContain('application/problem+json');
    expect(res.body).toMatchObject({ title: 'Not Found', detail, errors: [{ field }] });
  });

  it('an id of the wrong kind is unknown too (a source is not a position)', async () => {
    expect((await getJson(app, '/api/statements?position=doc-one')).status).toBe(404);
    expect((await getJson(app, '/api/statements?source=doc-one')).status).toBe(200);
  });
});

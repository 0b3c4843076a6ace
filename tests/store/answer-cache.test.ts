// Answers are kept until the next write, bounded in bytes, shared by concurrent identical misses,
// and frozen so a caller cannot change what the next caller gets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerCache, withAnswerCache } from '../../server/store/answer-cache.js';
import type { GraphStore } from '../../server/store/store.js';
import { FIXTURE, seededTestStore } from '../helpers/stores.js';

describe('withAnswerCache over the embedded store', () => {
  let inner: GraphStore, store: ReturnType<typeof withAnswerCache>, cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store: inner, cleanup } = await seededTestStore([FIXTURE]));
    store = withAnswerCache(inner, 1 << 20);
  });
  afterAll(() => cleanup());

  it('answers a repeated read from memory, with the same rows, frozen', async () => {
    const first = await store.read('actors-exist', { ids: ['state-a'] });
    const misses = store.cache.misses;
    expect(await store.read('actors-exist', { ids: ['state-a'] })).toBe(first);
    expect(store.cache.misses).toBe(misses);
    expect(() => { (first[0] as Record<string, unknown>).id = 'changed'; }).toThrow(TypeError);
  });

  it('runs one query for identical reads made at once', async () => {
    const misses = store.cache.misses;
    const answers = await Promise.all(Array.from({ length: 10 }, () => store.read('actors-exist', { ids: ['state-b'] })));
    expect(store.cache.misses).toBe(misses + 1);
    expect(new Set(answers).size).toBe(1);
  });

  it('forgets every answer, and changes its version, when it writes', async () => {
    const version = store.answersVersion!();
    expect(await store.read('actors-exist', { ids: ['newcomer'] })).toEqual([]);
    await store.writeTables([{ query: 'load/upsert-actors', rows: [{ id: 'newcomer', name: 'New', kind: 'person', aliases: [], description: null, unnamed: false, searchText: '|new|' }] }]);
    expect(await store.read('actors-exist', { ids: ['newcomer'] })).toEqual([{ id: 'newcomer' }]);
    expect(store.answersVersion!()).not.toBe(version);
  });
});

describe('AnswerCache', () => {
  it('evicts the least recently used answers beyond its byte budget', async () => {
    const cache = new AnswerCache(400);
    for (const k of ['a', 'b', 'c', 'd', 'e']) await cache.get(k, async () => 'x'.repeat(80));
    await cache.get('a', async () => 'fresh');
    expect(await cache.get('e', async () => 'fresh')).toBe('x'.repeat(80));
    expect(await cache.get('a', async () => 'fresh')).toBe('fresh');
  });

  it('does not keep failures', async () => {
    const cache = new AnswerCache(1000);
    await expect(cache.get('k', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 'ok')).toBe('ok');
  });
});

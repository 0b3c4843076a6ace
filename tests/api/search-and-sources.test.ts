// The actor search finds what people type (typos, other scripts) and the source viewer's endpoints serve the
// seed documents by source id, through the real app over the seeded embedded database.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeMatches, distanceToName, queryForms } from '../../server/api/actor-matching.js';
import { getJson, seededApp } from '../helpers/app.js';
import { seedSourcesDir } from '../helpers/sources.js';

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => ({ app, close } = await seededApp({ SOURCES_DIR: seedSourcesDir() })));
afterAll(async () => { await close?.(); });

const firstIds = async (q: string) => ((await getJson(app, `/api/actors?q=${encodeURIComponent(q)}`)).body.items as { id: string }[]).map((a) => a.id);

describe('actor search', () => {
  it('forgives one or two typing errors in a name or alias', async () => {
    expect((await firstIds('Medvedew'))[0]).toBe('dmitry-medvedev');
    expect((await firstIds('Pashinyna'))[0]).toBe('nikol-pashinyan');
    expect(await firstIds('Erdgan')).toContain('recep-tayyip-erdogan');
  });

  it('finds Cyrillic spellings through their Latin transliteration', async () => {
    expect(await firstIds('Алиев')).toContain('ilham-aliyev');
    expect((await firstIds('Путин'))[0]).toBe('vladimir-putin');
  });

  it('keeps exact matches as they were, and short nonsense finds nothing', async () => {
    expect((await firstIds('medvedev'))[0]).toBe('dmitry-medvedev');
    expect(await firstIds('zzq')).toEqual([]);
    expect(await firstIds('qwertyuiop')).toEqual([]);
  });

  it('allows no edits below 4 letters, 1 up to 7, then 2', () => {
    expect(queryForms('Алиев')).toEqual(['алиев', 'aliev']);
    expect(distanceToName('medvedew', 'dmitry medvedev')).toBe(1);
    expect(closeMatches(['abc'], [{ id: 'x', searchText: '|abd|' }])).toEqual([]);
    expect(closeMatches(['putni'], [{ id: 'p', searchText: '|vladimir putin|' }])).toEqual([]);
    expect(closeMatches(['putn'], [{ id: 'p', searchText: '|vladimir putin|' }])).toEqual(['p']);
  });
});

describe('source documents', () => {
  it('serves a source document by its id, as the file holds it', async () => {
    const list = (await getJson(app, '/api/source-documents')).body.items as { id: string; document: string | null; title: string }[];
    expect(list.length).toBeGreaterThanOrEqual(5);
    const first = list.find((d) => d.document === '000')!;
    const { status, body } = await getJson(app, `/api/sources/${first.id}/text`);
    expect(status).toBe(200);
    const file = readdirFirst('000');
    expect(body.text).toBe(readFileSync(path.join(seedSourcesDir(), file), 'utf8'));
    expect(body.title).toBe(first.title);
  });

  it('answers 404 naming an unknown source id, and never reads a path from the request', async () => {
    const unknown = await getJson(app, '/api/sources/no-such-source/text');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('no-such-source');
    const traversal = await getJson(app, `/api/sources/${encodeURIComponent('../../etc/passwd')}/text`);
    expect([400, 404]).toContain(traversal.status);
    expect(traversal.body.text).toBeUndefined();
  });
});

const readdirFirst = (prefix: string): string => readdirSync(seedSourcesDir()).find((f) => f.startsWith(`${prefix}_`))!;

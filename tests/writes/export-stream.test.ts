// Exports stream (issue 17): read a page at a time and written as they go, they give the bytes the
// in-memory rendering gave (tests/fixtures/exports holds that rendering of the mini fixture, every format,
// the whole graph and a neighbourhood), with the content checksum in an HTTP trailer; and a client that
// disconnects mid-export stops the reads, over a real socket (app.inject cannot disconnect).
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { canonicalDataset, checksum } from '../../server/records/canonical.js';
import type { GraphStore } from '../../server/store/store.js';
import { seedDataFiles, seededTestStore, FIXTURE } from '../helpers/stores.js';
import { wholeDataset } from './harness.js';

const GOLDEN = path.resolve('tests/fixtures/exports');
const AWKWARD = path.resolve('tests/fixtures/awkward-values.json');

/** The store, with every read it is asked for counted by name. */
function counted(store: GraphStore): { store: GraphStore; reads: string[] } {
  const reads: string[] = [];
  const proxy = new Proxy(store, {
    get(target, key) {
      if (key === 'read') return (name: string, params?: Record<string, unknown>) => { reads.push(name); return target.read(name as never, params); };
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, reads };
}

/** The real app over the engine under test, loaded with these files, exports read `pageSize` records at a time. */
async function exportApp(files: string[], pageSize: number) {
  const seeded = await seededTestStore(files);
  const { store, reads } = counted(seeded.store);
  const app = await buildApp({ config: loadConfig({ DATA_DIR: seeded.dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '1000000', ANSWER_CACHE_MB: '0', EXPORT_PAGE_SIZE: String(pageSize) }), store });
  // A route that fails answers through onError: a departed client must not count as one.
  const failures: unknown[] = [];
  app.addHook('onError', async (_req, _reply, err) => { failures.push(err); });
  await app.ready();
  return { app, store: seeded.store, reads, failures, close: async () => { await app.close(); await seeded.cleanup(); } };
}

const undated = (text: string) => text.replace(/lastmodifieddate="\d{4}-\d{2}-\d{2}"/, 'lastmodifieddate="…"');

describe('a streamed export, a page of two records at a time', () => {
  let app: FastifyInstance, reads: string[], close: () => Promise<void>;
  beforeAll(async () => ({ app, reads, close } = await exportApp([FIXTURE, AWKWARD], 2)));
  afterAll(() => close());

  for (const [name, query] of [['whole', ''], ['neighbourhood', '&actor=state-b&depth=1']] as const) {
    it(`gives the bytes the in-memory rendering gave, every format (${name})`, async () => {
      const expectedChecksum = readFileSync(path.join(GOLDEN, name, 'checksum'), 'utf8');
      for (const format of ['json', 'graphml', 'gexf', 'cytoscape', 'csv']) {
        const before = reads.length;
        const res = await app.inject({ method: 'GET', url: `/api/export?format=${format}${query}` });
        expect(res.statusCode, format).toBe(200);
        // Six actors at two a page: the export was read in pages, not at once.
        expect(reads.slice(before).filter((r) => r.startsWith('records/')).length, format).toBeGreaterThan(7);
        const dir = path.join(GOLDEN, name, format);
        const expected = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
        if (format === 'csv') {
          // The zip itself differs (a streamed zip writes each file's sizes after it, and the time); the files in it do not.
          const files = Object.fromEntries(Object.entries(unzipSync(res.rawPayload)).map(([f, bytes]) => [f.replace('stancegraph-csv/', ''), strFromU8(bytes)]));
          expect(files).toEqual(expected);
        } else {
          const [file] = Object.keys(expected);
          expect(res.headers['content-disposition'], format).toBe(`attachment; filename="${file}"`);
          expect(undated(res.body), format).toBe(undated(expected[file!]!));
        }
        expect(res.headers.trailer, format).toBe('x-content-checksum');
        expect(res.trailers['x-content-checksum'], format).toBe(expectedChecksum);
      }
    });
  }
});

describe('a streamed export of the seed', () => {
  let app: FastifyInstance, store: GraphStore, reads: string[], failures: unknown[], close: () => Promise<void>;
  beforeAll(async () => ({ app, store, reads, failures, close } = await exportApp([...(await seedDataFiles()), AWKWARD], 5)));
  afterAll(() => close());

  /** The port the app listens on, 127.0.0.1: the tests below need a real socket. */
  async function port(): Promise<number> {
    if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
    return (app.server.address() as AddressInfo).port;
  }

  it('is the canonical dump of the graph as JSON, with checksum() of it in the trailer an HTTP client receives', async () => {
    const data = await wholeDataset(store);
    const at = await port();
    const res = await new Promise<http.IncomingMessage & { text: string }>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: at, path: '/api/export?format=json' }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => resolve(Object.assign(answer, { text: Buffer.concat(chunks).toString('utf8') })));
      }).on('error', reject);
    });
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers.trailer).toBe('x-content-checksum');
    expect(res.text).toBe(`${JSON.stringify(canonicalDataset(data), null, 1)}\n`);
    expect(res.trailers['x-content-checksum']).toBe(checksum(data));
  });

  /** Reads a whole export through app.inject: how many store reads it takes. */
  async function readsOfWhole(url: string): Promise<number> {
    const before = reads.length;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(200);
    return reads.length - before;
  }

  /** Asks for the export over a socket and closes it once `leave` resolves; then checks no read started after. */
  async function leaveAndCheck(url: string, whole: number, leave: (res: Promise<http.IncomingMessage>) => Promise<void>) {
    const at = await port();
    const start = reads.length;
    const req = http.get({ host: '127.0.0.1', port: at, path: url });
    req.on('error', () => { /* the client closes the request itself */ });
    await leave(new Promise((resolve) => req.once('response', resolve)));
    req.destroy();
    const atClose = reads.length;
    // The server hears of the close within moments; a read in flight then may finish, no other starts.
    await sleep(500);
    const settled = reads.length;
    await sleep(1500);
    expect(reads.length).toBe(settled);
    expect(settled - atClose).toBeLessThanOrEqual(2);
    expect(settled - start).toBeLessThan(whole / 2);
    expect(failures).toEqual([]);
    // The server goes on answering.
    expect((await fetch(`http://127.0.0.1:${at}/api/health`)).status).toBe(200);
  }

  it('stops reading when the client disconnects mid-export, and counts nothing as a failure', async () => {
    const url = '/api/export?format=graphml';
    const whole = await readsOfWhole(url);
    // At five records a page, the seed is hundreds of reads: enough to leave in the middle.
    expect(whole).toBeGreaterThan(100);
    await leaveAndCheck(url, whole, async (response) => {
      const res = await response;
      expect(res.statusCode).toBe(200);
      const first = await new Promise<Buffer>((resolve) => res.once('data', resolve));
      expect(first.toString('utf8')).toMatch(/^<\?xml/);
    });
  });

  it('stops selecting when the client disconnects before a filtered export starts', async () => {
    const url = '/api/export?format=json&actor=armenia&depth=2';
    const whole = await readsOfWhole(url);
    expect(whole).toBeGreaterThan(40);
    const start = reads.length;
    // Leave while the statements are still being selected, before any byte of the file.
    await leaveAndCheck(url, whole, async () => { while (reads.length - start < 6) await sleep(5); });
  });
});

// With READS_REQUIRE_TOKEN on, no spelling of a path gets a read without a token: every GET route of the
// OpenAPI document, asked for as written, percent-encoded, double-encoded, in other case and with a trailing
// slash, answers an error (401; 404 or 405 where the spelling names no route), never the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { send, writableApp } from './harness.js';

let app: FastifyInstance, close: () => Promise<void>;
beforeAll(async () => ({ app, close } = await writableApp({ READS_REQUIRE_TOKEN: 'true' })));
afterAll(() => close());

/** The fixture's ids for the path parameters, so each route would answer 200 with a token. */
const SAMPLE: Record<string, string> = { id: 'state-a', name: 'statements-about', type: 'MEMBER_OF', from: 'state-a', to: 'bloc-c' };

const encodeLetter = (path: string, letter: string, times: number) => {
  let code = `%${letter.charCodeAt(0).toString(16)}`;
  for (let i = 1; i < times; i++) code = code.replace('%', '%25');
  return path.replace(letter, code);
};

/** One path written the ways a client, a proxy or an attacker might write it. */
function spellings(path: string): string[] {
  const [, first, rest] = /^\/(\w+)(.*)$/.exec(path)!;
  return [
    path,
    `/${encodeLetter(first!, 'a', 1)}${rest}`, // /%61pi/…
    `/${first!.split('').map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}${rest}`, // /%61%70%69/…
    `/${encodeLetter(first!, 'i', 1)}${rest}`, // /ap%69/…
    `/${encodeLetter(first!, 'a', 2)}${rest}`, // /%2561pi/… (double-encoded)
    `/${first!.toUpperCase()}${rest}`, // /API/…
    `/Api${rest}`,
    `${path}/`,
    `${path.replace(/\/([^/]+)$/, (_, last: string) => `/${last.replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}`)}`,
  ];
}

describe('reads behind a token, however the path is spelled', () => {
  const doc = () => app.swagger() as { paths: Record<string, Record<string, unknown>> };

  it('covers every GET route but health', () => {
    const reads = Object.entries(doc().paths).filter(([, ops]) => 'get' in ops).map(([p]) => p);
    expect(reads.length).toBeGreaterThan(20);
  });

  it('never answers a read without a token', async () => {
    const reads = Object.entries(doc().paths).filter(([p, ops]) => 'get' in ops && p !== '/api/health')
      .map(([p]) => p.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLE[name] ?? 'state-a'));
    const leaks: string[] = [];
    for (const path of reads) {
      // With a token the plain path is served: the refusals below are about the token, not a bad path.
      expect((await send(app, 'reader', 'GET', path)).status, path).toBeLessThan(500);
      for (const url of spellings(path)) {
        const { status } = await send(app, 'none', 'GET', url);
        if (status < 400) leaks.push(`${url} → ${status}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

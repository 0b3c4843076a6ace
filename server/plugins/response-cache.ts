// Caching of immutable answers at the HTTP edge: while the store says its answers cannot change
// (answersVersion stays the same), a GET under /api/ answers with the very bytes it answered before,
// skipping the repositories, the response validation and the serialisation. Health (it must look at
// the database every time) and report runs (they report their own timing) are always computed.
// A hit carries `x-answer-cache: hit`. It is served in preHandler, so the rate limit, the security
// headers, the token check (preParsing) and the request's validation all happen first.
// A kept answer is also kept gzip-compressed, compressed once, for clients that accept it (browsers
// do): a neighbourhood of 200 actors is ~80 kB of JSON and ~10 kB compressed, and sending the bytes
// is most of what a hit costs.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Kept { payload: string; gzipped?: Buffer; headers: Record<string, string>; bytes: number }

/** The headers that describe the answer itself: a hit sends them again. (Exports stream, so they are never kept.) */
const CONTENT_HEADERS = ['content-type'] as const;

const compress = promisify(gzip);
/** Smaller answers gain little from compression and lose the time it takes to undo. */
const COMPRESS_FROM = 1024;

/** Whether an Accept-Encoding header admits gzip (named, or by *, without q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const offers = new Map(String(header ?? '').split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name!.trim(), q === undefined ? 1 : Number(q.slice(2))] as const;
  }));
  const q = offers.get('gzip') ?? offers.get('*') ?? 0;
  return q > 0;
}

/** Adds Accept-Encoding to Vary, keeping what is there (CORS's Origin): setting the header would replace it. */
function varyByEncoding(reply: FastifyReply): void {
  const have = String(reply.getHeader('vary') ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  if (!have.some((v) => v.toLowerCase() === 'accept-encoding')) reply.header('vary', [...have, 'Accept-Encoding'].join(', '));
}

const cacheable = (req: FastifyRequest) => req.method === 'GET' && req.url.startsWith('/api/') && !/^\/api\/(health|reports)(\/|\?|$)/.test(req.url);

export default fp<{ maxBytes: number }>(async (app, { maxBytes }) => {
  const kept = new Map<string, Kept>();
  let bytes = 0;
  let keptVersion: number | undefined;
  const keyOf = (req: FastifyRequest) => {
    const version = app.store.answersVersion?.();
    if (version !== keptVersion) {
      // Answers kept under an older version can never be asked for again: free their memory now.
      kept.clear();
      bytes = 0;
      keptVersion = version;
    }
    return version === undefined ? undefined : `${version}\u0000${req.url}`;
  };

  // The key a miss was looked up under: its answer is kept only if no write came in between.
  const missed = new WeakMap<FastifyRequest, string>();

  app.addHook('preHandler', async (req, reply) => {
    const key = cacheable(req) ? keyOf(req) : undefined;
    if (!key) return;
    const hit = kept.get(key);
    if (!hit) { missed.set(req, key); return; }
    kept.delete(key);
    kept.set(key, hit);
    reply.headers(hit.headers).header('x-answer-cache', 'hit');
    varyByEncoding(reply);
    if (hit.gzipped && acceptsGzip(req.headers['accept-encoding'])) return reply.header('content-encoding', 'gzip').send(hit.gzipped);
    return reply.send(hit.payload);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const key = missed.get(req);
    if (!key) return payload;
    // Kept or not, the same URL may later be answered compressed: shared caches must know.
    varyByEncoding(reply);
    if (reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > maxBytes / 4) return payload;
    const gzipped = payload.length >= COMPRESS_FROM ? await compress(payload) : undefined;
    if (key !== keyOf(req)) return payload;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const name of CONTENT_HEADERS) if (reply.hasHeader(name)) headers[name] = String(reply.getHeader(name));
    const entry = { payload, gzipped, headers, bytes: key.length + payload.length + (gzipped?.length ?? 0) };
    bytes += entry.bytes - (kept.get(key)?.bytes ?? 0);
    kept.set(key, entry);
    for (const [k, e] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(k);
      bytes -= e.bytes;
    }
    return payload;
  });
}, { name: 'response-cache', dependencies: ['store'] });

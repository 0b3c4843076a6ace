// Caching of immutable answers at the HTTP edge: while the store says its answers cannot change
// (answersVersion stays the same), a GET under /api/ answers with the very bytes it answered before,
// skipping the repositories, the response validation and the serialisation. Health (it must look at
// the database every time) and report runs (they report their own timing) are always computed.
// A hit carries `x-answer-cache: hit`. It is served in preHandler, so the rate limit, the security
// headers, the token check (preParsing) and the request's validation all happen first.
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';

interface Kept { payload: string; type: string; bytes: number }

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
    return reply.header('content-type', hit.type).header('x-answer-cache', 'hit').send(hit.payload);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const key = missed.get(req);
    if (!key || reply.statusCode !== 200 || typeof payload !== 'string' || key !== keyOf(req) || payload.length > maxBytes / 4) return payload;
    const entry = { payload, type: String(reply.getHeader('content-type') ?? 'application/json'), bytes: key.length + payload.length };
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

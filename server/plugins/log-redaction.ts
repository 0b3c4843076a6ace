// What a request log line may say about the request. A client may put a credential in the query string
// (?token=…, ?api_key=…) although the API only reads tokens from the Authorization header; at debug level
// every request's URL is logged, so such values are replaced before the line is written.
import type { FastifyRequest } from 'fastify';

const SECRET_KEY = /token|secret|passw|api[-_]?key|^key$|auth|signature|session/i;

/** The URL with the value of every query parameter whose name suggests a credential replaced by [redacted]. */
export function redactedUrl(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const query = url.slice(at + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    let decoded = name;
    try { decoded = decodeURIComponent(name.replace(/\+/g, ' ')); } catch { /* a malformed name is checked as written */ }
    return eq !== -1 && SECRET_KEY.test(decoded) ? `${name}=[redacted]` : pair;
  });
  return `${url.slice(0, at)}?${query.join('&')}`;
}

/** Fastify's own request serialiser, with the URL redacted. */
export function requestForLog(req: FastifyRequest) {
  return { method: req.method, url: redactedUrl(req.url), host: req.host, remoteAddress: req.ip, remotePort: req.socket?.remotePort };
}

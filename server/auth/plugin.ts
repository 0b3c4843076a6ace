// Who is asking, and may they? A route states the role it needs in its config ({ role: 'editor' });
// reads need none unless READS_REQUIRE_TOKEN is on (then `reader`; /api/health stays open).
// No token or an unknown one: 401. A token without the role: 403. Both as problem JSON.
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../plugins/problems.js';
import { allows, findToken, type ApiToken, type Principal, type Role } from './tokens.js';

declare module 'fastify' {
  interface FastifyContextConfig { role?: Role }
  interface FastifyRequest { principal?: Principal }
}

export interface AuthOptions { tokens: readonly ApiToken[]; readsRequireToken: boolean }

export const unauthorized = (message: string) => new HttpProblem(401, 'Unauthorized', message);

function bearer(request: FastifyRequest): string | undefined {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return m?.[1];
}

export default fp<AuthOptions>(async (app, { tokens, readsRequireToken }) => {
  const neededRole = (request: FastifyRequest): Role | undefined => {
    const role = request.routeOptions.config?.role;
    if (role) return role;
    // The route the router matched, not the URL as sent: the router decodes "%61pi" to "api", so a check of
    // the raw text could be walked around by spelling the path another way.
    const route = request.routeOptions.url ?? '';
    return readsRequireToken && route.startsWith('/api/') && route !== '/api/health' ? 'reader' : undefined;
  };

  // preParsing: after the rate limit (a route-level onRequest hook) has counted the request, before
  // the body is read or validated, so a request without the right token learns nothing else.
  app.addHook('preParsing', async (request, reply, payload) => {
    const need = neededRole(request);
    if (!need) return payload;
    const token = bearer(request);
    const principal = token === undefined ? undefined : findToken(tokens, token);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer realm="stancegraph"');
      throw unauthorized(token === undefined ? 'This request needs an API token: send "Authorization: Bearer <token>".' : 'The API token is not valid.');
    }
    if (!allows(principal.role, need)) throw new HttpProblem(403, 'Forbidden', `This request needs the ${need} role; the token "${principal.name}" has the ${principal.role} role.`);
    request.principal = principal;
    return payload;
  });
}, { name: 'auth' });

// Every error leaves as application/problem+json (RFC 9457). A 400 names each invalid field and why;
// a 500 never shows a stack trace or engine text.
import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from '@fastify/type-provider-zod';
import { DomainError, type FieldProblem } from '../domain/errors.js';
import { HTTP_OUTCOME } from '../errors/outcomes.js';
import { QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError } from '../store/store.js';

/** An HTTP-only refusal a route or hook throws on purpose (no token, wrong role): its status and message are safe to show. */
export class HttpProblem extends Error {
  constructor(readonly status: number, readonly title: string, message: string, readonly errors?: FieldProblem[]) {
    super(message);
  }
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return reply.code(status).type('application/problem+json').send({
    type: 'about:blank', title, status, detail, instance: request.url.split('?')[0], ...extra,
  });
}

export default fp(async (app) => {
  // Fastify answers an unknown method on a known path with 404; a client deserves 405 and an Allow header.
  const routes: { method: string; pattern: RegExp }[] = [];
  app.addHook('onRoute', (route) => {
    const pattern = new RegExp(`^${route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}/?$`);
    for (const method of [route.method].flat()) routes.push({ method, pattern });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(reply, request, 405, 'Method Not Allowed', `${request.method} is not allowed on ${path}; use ${allowed.join(' or ')}`);
    }
    return sendProblem(reply, request, 404, 'Not Found', `No route for ${request.method} ${path}`);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const errors = error.validation.map((v) => ({
        field: [where, ...String(v.instancePath ?? '').split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is invalid',
      }));
      return sendProblem(reply, request, 400, 'Bad Request', `Invalid ${where}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, { errors });
    }
    if (error instanceof DomainError) {
      const { status, title } = HTTP_OUTCOME[error.kind];
      return sendProblem(reply, request, status, title, error.message, error.problems.length > 0 ? { errors: error.problems } : {});
    }
    if (error instanceof HttpProblem) return sendProblem(reply, request, error.status, error.title, error.message, error.errors ? { errors: error.errors } : {});
    if (error instanceof StoreUnavailableError) return sendProblem(reply, request, 503, 'Service Unavailable', 'The database is unreachable; try again shortly.');
    if (error instanceof QueryTimeoutError) return sendProblem(reply, request, 504, 'Gateway Timeout', error.message);
    if (error instanceof ReadOnlyViolationError) return sendProblem(reply, request, 403, 'Forbidden', error.message);
    if (error instanceof QuerySyntaxError) return sendProblem(reply, request, 400, 'Bad Request', `The query is not valid Cypher: ${error.message}`);
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, request, 500, 'Internal Server Error', 'Something went wrong on our side; the error was logged.');
    }
    if (status === 413) return sendProblem(reply, request, 413, 'Content Too Large', 'The request body is larger than the server accepts.');
    if (status === 429) return sendProblem(reply, request, 429, 'Too Many Requests', error.message);
    // Fastify's own client errors (bad JSON, wrong content type, 405s) carry messages written for clients.
    return sendProblem(reply, request, status, httpTitle(status), error.message);
  });
}, { name: 'problems' });

function httpTitle(status: number): string {
  return ({ 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable', 408: 'Request Timeout', 415: 'Unsupported Media Type' } as Record<number, string>)[status] ?? 'Error';
}

// JSON request bodies nested deeper than any request of this API needs are refused with a 400 as they
// are parsed: JSON.parse reads 100,000 levels, but the recursive steps after it (the schema check, the
// idempotency fingerprint of the body) overflowed the stack and answered 500.
import fp from 'fastify-plugin';
import { depthOver } from '../domain/json-depth.js';
import { HttpProblem } from './problems.js';

/** The deepest a request body may nest: a seed file's records need 5 levels, an ad-hoc query's parameters 10. */
export const MAX_BODY_DEPTH = 32;

export default fp(async (app) => {
  // Fastify's own parser (prototype poisoning refused), with the depth checked on what it parsed.
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parse(request, body as string, (error, value) => {
      if (error) return done(error, undefined);
      if (depthOver(value, MAX_BODY_DEPTH)) {
        return done(new HttpProblem(400, 'Bad Request', `The JSON body is nested more than ${MAX_BODY_DEPTH} levels deep (lists and objects inside each other); at most ${MAX_BODY_DEPTH} are allowed.`), undefined);
      }
      return done(null, value);
    });
  });
}, { name: 'json-body' });

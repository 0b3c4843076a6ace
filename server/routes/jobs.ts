// GET /api/jobs/:id: the state of long work that became a job (an import past IMPORT_WAIT_MS), and
// its result or failure once it ends.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import type { JobRegistry } from '../jobs/registry.js';
import { BEARER } from '../writes/http.js';
import { Problem } from './schemas.js';

declare module 'fastify' {
  interface FastifyInstance { jobs: JobRegistry }
}

export const JobShape = z.object({
  id: z.string(), kind: z.string().describe('What the job does: import'), who: z.string().describe('The token name that started it'),
  status: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.string(), finishedAt: z.string().nullable(),
  result: z.unknown().optional().describe('When succeeded: what the request would have answered (an import\'s report)'),
  failure: Problem.pick({ status: true, title: true, detail: true, errors: true }).optional().describe('When failed: the problem the request would have answered'),
});

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/jobs/:id', {
    config: { role: 'editor' },
    schema: {
      operationId: 'getJob', tags: ['import-export'], summary: 'A long import\'s state, and its result when done (editor)', security: BEARER,
      params: z.object({ id: z.string().max(100) }), response: { 200: JobShape, 401: Problem, 403: Problem, 404: Problem },
    },
  }, async (req) => {
    const job = app.jobs.get(req.params.id);
    if (!job) throw new NotFound(`No job has the id "${req.params.id}" (jobs are kept an hour after they end, and not across a restart)`, 'id');
    return job;
  });
};
export default routes;

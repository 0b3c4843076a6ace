// GET /api/jobs/:id: the state of long work that became a job (an import past IMPORT_WAIT_MS), and
// its result or failure once it ends.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import type { JobRegistry } from '../jobs/registry.js';
import { Problem } from '../schemas/common.js';
import { JobParams, JobShape } from '../schemas/jobs.js';
import { BEARER } from '../writes/http.js';

declare module 'fastify' {
  interface FastifyInstance { jobs: JobRegistry }
}

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/jobs/:id', {
    config: { role: 'editor' },
    schema: {
      operationId: 'getJob', tags: ['import-export'], summary: 'A long import\'s state, and its result when done (editor)', security: BEARER,
      description: 'An import that ran past IMPORT_WAIT_MS: running, then its report or its failure as a problem. Jobs are kept an hour after they end and not across a restart; 404 after that.',
      params: JobParams, response: { 200: JobShape, 401: Problem, 403: Problem, 404: Problem },
    },
  }, async (req) => {
    const job = app.jobs.get(req.params.id);
    if (!job) throw new NotFound(`No job has the id "${req.params.id}" (jobs are kept an hour after they end, and not across a restart)`, 'id');
    return job;
  });
};
export default routes;

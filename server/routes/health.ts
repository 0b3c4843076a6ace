// GET /api/health: is the database answering, which engine, and how many nodes of each label.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { countNodes } from '../store/load-dataset.js';
import { sendProblem } from '../plugins/problems.js';
import { Problem } from './schemas.js';

const Health = z.object({
  status: z.literal('ok'),
  backend: z.enum(['neo4j', 'embedded']),
  counts: z.record(z.string(), z.number().int()).describe('Nodes per label'),
});

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', {
    // A load balancer's or supervisor's probe must not spend the clients' rate limit, nor be refused by it.
    config: { rateLimit: false },
    schema: { operationId: 'getHealth', security: [], tags: ['health'], summary: 'Database status, engine and node counts', response: { 200: Health, 503: Problem } },
  }, async (request, reply) => {
    if (!(await app.store.health())) {
      return sendProblem(reply, request, 503, 'Service Unavailable', `The ${app.store.backend} database is unreachable; the server keeps trying and recovers when it returns.`);
    }
    return { status: 'ok' as const, backend: app.store.backend, counts: await countNodes(app.store) };
  });
};
export default routes;

// GET /api/health: is the database answering, which engine, and how many nodes of each label.
// 200 `ok`, or 200 `degraded` while writes fail for lack of disk space (reads still answer); 503 while
// the database is unreachable, or while the embedded engine's worker is being restarted.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { conditionOf } from '../store/engine-condition.js';
import { countNodes } from '../store/load-dataset.js';
import { sendProblem } from '../plugins/problems.js';
import { Problem } from '../schemas/common.js';
import { Health } from '../schemas/health.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', {
    // A load balancer's or supervisor's probe must not spend the clients' rate limit, nor be refused by it.
    config: { rateLimit: false },
    schema: { operationId: 'getHealth', security: [], tags: ['health'], summary: 'Database status, engine and node counts',
      description: 'The status: ok, or degraded with the reason while writes fail for lack of disk space (reads still answer); the engine (neo4j or embedded) and the number of nodes of each label. 503 while the database is unreachable or the embedded engine\'s worker restarts. Needs no token and is not rate-limited.',
      response: { 200: Health, 503: Problem } },
  }, async (request, reply) => {
    const before = conditionOf(app.store);
    if (before.state === 'restarting' || !(await app.store.health())) {
      const restarting = before.state === 'restarting' ? before : conditionOf(app.store);
      const why = restarting.state === 'restarting' && restarting.reason ? ` (restarting: ${restarting.reason})` : '';
      return sendProblem(reply, request, 503, 'Service Unavailable',
        `The ${app.store.backend} database is unreachable${why}; the server keeps trying and recovers when it returns.`);
    }
    const counts = await countNodes(app.store);
    const now = conditionOf(app.store);
    return now.state === 'degraded'
      ? { status: 'degraded' as const, reason: now.reason, backend: app.store.backend, counts }
      : { status: 'ok' as const, backend: app.store.backend, counts };
  });
};
export default routes;

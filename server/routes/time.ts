// /api/timeline and /api/pairs: statements and events over time, and everything between two actors.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { id, isoDate } from '../api/params.js';
import { PairView, Timeline } from '../api/shapes.js';
import { notFound } from '../plugins/problems.js';
import { Problem } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireActors = async (ids: string[]) => {
    const unknown = await app.repos.actors.unknown(ids);
    if (unknown.length > 0) throw notFound(`No actor has the id ${unknown.map((u) => `"${u}"`).join(', ')}`);
  };

  app.get('/timeline', {
    schema: {
      tags: ['statements'], summary: 'Statements and events grouped by day, optionally for one actor (as speaker, target or participant)',
      querystring: z.object({ from: isoDate.optional(), to: isoDate.optional(), actor: id.optional() }),
      response: { 200: Timeline, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    if (req.query.actor) await requireActors([req.query.actor]);
    return app.repos.time.timeline(req.query.from, req.query.to, req.query.actor);
  });

  app.get('/pairs', {
    schema: {
      tags: ['statements'], summary: 'Everything between two actors: statements each way, ties, and a per-month stance series',
      querystring: z.object({ a: id, b: id }), response: { 200: PairView, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    await requireActors([req.query.a, req.query.b]);
    return app.repos.time.pair(req.query.a, req.query.b);
  });
};
export default routes;

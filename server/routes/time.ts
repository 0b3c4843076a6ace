// /api/timeline and /api/pairs: statements and events over time, and everything between two actors.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { Problem } from '../schemas/common.js';
import { PairQuery, PairView, Timeline, TimelineQuery } from '../schemas/time.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireActors = async (fields: Record<string, string>) => {
    for (const [field, id] of Object.entries(fields)) if ((await app.repos.actors.unknown([id])).length > 0) throw NotFound.ids('actor', [id], field);
  };

  app.get('/timeline', {
    schema: {
      operationId: 'getTimeline',
      tags: ['statements'], summary: 'Statements and events grouped by day, optionally for one actor (as speaker, target or participant)',
      description: 'Days in order, each with its statements and events, between from and to when given; undated statements are not listed, undated gives their number. 404 when actor names no actor.',
      querystring: TimelineQuery,
      response: { 200: Timeline, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    if (req.query.actor) await requireActors({ actor: req.query.actor });
    return app.repos.time.timeline(req.query.from, req.query.to, req.query.actor);
  });

  app.get('/pairs', {
    schema: {
      operationId: 'getPair',
      tags: ['statements'], summary: 'Everything between two actors: statements each way, ties, and a per-month stance series',
      description: 'What a said about b and b about a, the ties between them, and how many statements of each stance each of them made each month. 404 naming the field when a or b is no actor.',
      querystring: PairQuery, response: { 200: PairView, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    await requireActors({ a: req.query.a, b: req.query.b });
    return app.repos.time.pair(req.query.a, req.query.b);
  });
};
export default routes;

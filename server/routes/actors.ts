// /api/actors: search by name or alias, and one actor with its ties and events.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { ACTOR_KINDS } from '../domain/vocabulary.js';
import { IdParams, isoDate, paging, text } from '../api/params.js';
import { ActorDetail, ActorPage } from '../api/shapes.js';
import { notFound } from '../plugins/problems.js';
import { Problem } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/actors', {
    schema: {
      tags: ['actors'], summary: 'Find actors by name or alias (case and diacritics ignored); exact and prefix matches first',
      querystring: z.object({ q: text().optional().describe('Name or alias, e.g. "erdogan"'), kind: z.enum(ACTOR_KINDS).optional(), ...paging() }),
      response: { 200: ActorPage, 400: Problem },
    },
  }, async (req) => app.repos.actors.search(req.query.q, req.query.kind, req.query.limit, req.query.offset));

  app.get('/actors/:id', {
    schema: {
      tags: ['actors'], summary: 'One actor: ties in both directions, office holders, events, statement counts',
      params: IdParams, querystring: z.object({ asOf: isoDate.optional().describe('Show ties as they stood on this date') }),
      response: { 200: ActorDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const actor = await app.repos.actors.detail(req.params.id, req.query.asOf);
    if (!actor) throw notFound(`No actor has the id "${req.params.id}"`);
    return actor;
  });
};
export default routes;

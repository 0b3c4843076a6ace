// /api/actors: search by name or alias, and one actor with its ties and events.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { ActorDetail, ActorPage, GetActorQuery, ListActorsQuery } from '../schemas/actors.js';
import { Problem } from '../schemas/common.js';
import { IdParams } from '../schemas/params.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/actors', {
    schema: {
      operationId: 'listActors',
      tags: ['actors'], summary: 'Find actors by name or alias (case and diacritics ignored); exact and prefix matches first',
      description: 'A page of actors whose name or alias contains q; failing that, containing q in Latin letters ("Алиев"); failing that, within one or two typing errors of it. Without q, every actor (of `kind`, if given). A query of only punctuation matches nothing. limit 1–200 (50 by default).',
      querystring: ListActorsQuery,
      response: { 200: ActorPage, 400: Problem },
    },
  }, async (req) => app.repos.actors.search(req.query.q, req.query.kind, req.query.limit, req.query.offset));

  app.get('/actors/:id', {
    schema: {
      operationId: 'getActor',
      tags: ['actors'], summary: 'One actor: ties in both directions, office holders, events, statement counts',
      description: 'With asOf, only the ties that held on that date (from their since/until). 404 when no actor has the id.',
      params: IdParams, querystring: GetActorQuery,
      response: { 200: ActorDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const actor = await app.repos.actors.detail(req.params.id, req.query.asOf);
    if (!actor) throw new NotFound(`No actor has the id "${req.params.id}"`, 'id');
    return actor;
  });
};
export default routes;

// /api/positions and /api/contradictions: the claims actors take sides on, and who contradicts whom.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { Problem } from '../schemas/common.js';
import { IdParams } from '../schemas/params.js';
import { ContradictionPage, ListContradictionsQuery, ListPositionsQuery, PositionDetail, PositionPage } from '../schemas/positions.js';
import { pageOf } from './paging.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/positions', {
    schema: { operationId: 'listPositions', tags: ['positions'], summary: 'Positions with how many actors support and reject each',
      description: 'A page of the claims actors take sides on (limit 1–200, 50 by default), each with its number of supporters and rejecters.',
      querystring: ListPositionsQuery, response: { 200: PositionPage, 400: Problem } },
  }, async (req) => pageOf(await app.repos.catalog.positions(), req.query.limit, req.query.offset));

  app.get('/positions/:id', {
    schema: { operationId: 'getPosition', tags: ['positions'], summary: 'Who supports and who rejects a position, with their statements',
      description: 'The actors on each side of the position, each with the statements that put them there. 404 when no position has the id.',
      params: IdParams, response: { 200: PositionDetail, 400: Problem, 404: Problem } },
  }, async (req) => {
    const position = await app.repos.catalog.positionDetail(req.params.id);
    if (!position) throw new NotFound(`No position has the id "${req.params.id}"`, 'id');
    return position;
  });

  app.get('/contradictions', {
    schema: {
      operationId: 'listContradictions',
      tags: ['positions'], summary: 'Pairs of statements by different speakers taking opposite sides on the same position',
      description: 'A page of contradictions (limit 1–200, 50 by default), all positions or the one named by position: each a statement supporting and one rejecting it, by different speakers.',
      querystring: ListContradictionsQuery,
      response: { 200: ContradictionPage, 400: Problem },
    },
  }, async (req) => app.repos.catalog.contradictions(req.query.position, req.query.limit, req.query.offset));
};
export default routes;

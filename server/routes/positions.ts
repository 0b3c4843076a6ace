// /api/positions and /api/contradictions: the claims actors take sides on, and who contradicts whom.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { IdParams, id, paging } from '../api/params.js';
import { Contradiction, PositionDetail, PositionSummary } from '../api/shapes.js';
import { NotFound } from '../domain/errors.js';
import { pageOf, Page } from './paging.js';
import { Problem } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/positions', {
    schema: { operationId: 'listPositions', tags: ['positions'], summary: 'Positions with how many actors support and reject each', querystring: z.object(paging()), response: { 200: Page(PositionSummary), 400: Problem } },
  }, async (req) => pageOf(await app.repos.catalog.positions(), req.query.limit, req.query.offset));

  app.get('/positions/:id', {
    schema: { operationId: 'getPosition', tags: ['positions'], summary: 'Who supports and who rejects a position, with their statements', params: IdParams, response: { 200: PositionDetail, 400: Problem, 404: Problem } },
  }, async (req) => {
    const position = await app.repos.catalog.positionDetail(req.params.id);
    if (!position) throw new NotFound(`No position has the id "${req.params.id}"`, 'id');
    return position;
  });

  app.get('/contradictions', {
    schema: {
      operationId: 'listContradictions',
      tags: ['positions'], summary: 'Pairs of statements by different speakers taking opposite sides on the same position',
      querystring: z.object({ position: id.optional(), ...paging() }),
      response: { 200: Page(Contradiction), 400: Problem },
    },
  }, async (req) => app.repos.catalog.contradictions(req.query.position, req.query.limit, req.query.offset));
};
export default routes;

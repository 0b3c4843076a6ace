// /api/events and /api/sources: what happened, and where the words come from.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { IdParams, isoDate, paging } from '../api/params.js';
import { EventItem, SourceDetail, SourceSummary } from '../api/shapes.js';
import { NotFound } from '../domain/errors.js';
import { Page, pageOf } from './paging.js';
import { Problem } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/events', {
    schema: {
      operationId: 'listEvents',
      tags: ['events'], summary: 'Events with their places and participants, by date',
      querystring: z.object({ from: isoDate.optional(), to: isoDate.optional(), ...paging() }), response: { 200: Page(EventItem), 400: Problem },
    },
  }, async (req) => pageOf(await app.repos.catalog.events(req.query.from, req.query.to), req.query.limit, req.query.offset));

  app.get('/sources', {
    schema: { operationId: 'listSources', tags: ['sources'], summary: 'Source documents with how many statements each backs', querystring: z.object(paging()), response: { 200: Page(SourceSummary), 400: Problem } },
  }, async (req) => pageOf(await app.repos.catalog.sources(), req.query.limit, req.query.offset));

  app.get('/sources/:id', {
    schema: {
      operationId: 'getSource',
      tags: ['sources'], summary: 'One source with the statements it backs (paged)',
      params: IdParams, querystring: z.object(paging(100, 500)), response: { 200: SourceDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const source = await app.repos.catalog.sourceDetail(req.params.id, req.query.limit, req.query.offset);
    if (!source) throw new NotFound(`No source has the id "${req.params.id}"`, 'id');
    return source;
  });
};
export default routes;

// /api/events and /api/sources: what happened, and where the words come from.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { Problem } from '../schemas/common.js';
import { EventPage, ListEventsQuery } from '../schemas/events.js';
import { IdParams } from '../schemas/params.js';
import { GetSourceQuery, ListSourcesQuery, SourceDetail, SourcePage } from '../schemas/sources.js';
import { pageOf } from './paging.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/events', {
    schema: {
      operationId: 'listEvents',
      tags: ['events'], summary: 'Events with their places and participants, by date',
      description: 'A page of events (limit 1–200, 50 by default), between from and to when given, with where they happened and who took part.',
      querystring: ListEventsQuery, response: { 200: EventPage, 400: Problem },
    },
  }, async (req) => pageOf(await app.repos.catalog.events(req.query.from, req.query.to), req.query.limit, req.query.offset));

  app.get('/sources', {
    schema: { operationId: 'listSources', tags: ['sources'], summary: 'Source documents with how many statements each backs',
      description: 'A page of sources (limit 1–200, 50 by default): title, publisher, URL, date and kind, with the number of statements that cite each.',
      querystring: ListSourcesQuery, response: { 200: SourcePage, 400: Problem } },
  }, async (req) => pageOf(await app.repos.catalog.sources(), req.query.limit, req.query.offset));

  app.get('/sources/:id', {
    schema: {
      operationId: 'getSource',
      tags: ['sources'], summary: 'One source with the statements it backs (paged)',
      description: 'The source and a page of the statements that cite it (limit 1–500, 100 by default). 404 when no source has the id.',
      params: IdParams, querystring: GetSourceQuery, response: { 200: SourceDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const source = await app.repos.catalog.sourceDetail(req.params.id, req.query.limit, req.query.offset);
    if (!source) throw new NotFound(`No source has the id "${req.params.id}"`, 'id');
    return source;
  });
};
export default routes;

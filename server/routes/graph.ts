// /api/graph/*: the network as Cytoscape elements — the whole of it, a neighbourhood, or a path.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { STANCES } from '../domain/stances.js';
import type { GraphFilter } from '../api/graph-repo.js';
import { EDGE_TYPES, type EdgeType } from '../domain/vocabulary.js';
import { NotFound } from '../domain/errors.js';
import { Problem } from '../schemas/common.js';
import { Elements, NeighborhoodQuery, OverviewQuery, PathQuery } from '../schemas/graph.js';

type FilterQuery = { include?: EdgeType[]; stance?: (typeof STANCES)[number][]; from?: string; to?: string; asOf?: string };
const graphFilter = (q: FilterQuery): GraphFilter => ({ include: q.include ?? [...EDGE_TYPES], stances: q.stance ?? [], from: q.from, to: q.to, asOf: q.asOf });

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireActor = async (actorId: string, field: string) => {
    if ((await app.repos.actors.unknown([actorId])).length > 0) throw NotFound.ids('actor', [actorId], field);
  };

  app.get('/graph/overview', {
    schema: { operationId: 'getGraphOverview', tags: ['graph'], summary: 'Every actor, with "spoke about" edges and ties', querystring: OverviewQuery, response: { 200: Elements, 400: Problem } },
  }, async (req) => app.repos.graph.overview(graphFilter(req.query), req.query));

  app.get('/graph/neighborhood', {
    schema: {
      operationId: 'getNeighborhood',
      tags: ['graph'], summary: 'An actor and the actors within depth steps of it',
      querystring: NeighborhoodQuery,
      response: { 200: Elements, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    await requireActor(req.query.id, 'id');
    return app.repos.graph.neighborhood(req.query.id, req.query.depth, req.query.limit, graphFilter(req.query), req.query);
  });

  app.get('/graph/path', {
    schema: {
      operationId: 'getPath',
      tags: ['graph'], summary: 'The shortest connections between two actors through ties and statements',
      querystring: PathQuery,
      response: { 200: Elements, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const { from, to, maxHops } = req.query;
    await requireActor(from, 'from');
    await requireActor(to, 'to');
    const path = await app.repos.graph.path(from, to, maxHops, graphFilter({ include: req.query.include, asOf: req.query.asOf }), req.query);
    if (!path) throw new NotFound(`No connection between "${from}" and "${to}" within ${maxHops} hops`);
    return path;
  });
};
export default routes;

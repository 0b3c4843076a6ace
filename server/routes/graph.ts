// /api/graph/*: the network as Cytoscape elements — the whole of it, a neighbourhood, or a path.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { STANCES } from '../domain/stances.js';
import type { GraphFilter } from '../api/graph-repo.js';
import { EDGE_TYPES, type EdgeType } from '../domain/vocabulary.js';
import { NotFound } from '../domain/errors.js';
import { checkedAlongside } from '../api/known-ids.js';
import { Problem } from '../schemas/common.js';
import { Elements, NeighborhoodQuery, OverviewQuery, PathQuery } from '../schemas/graph.js';

type FilterQuery = { include?: EdgeType[]; stance?: (typeof STANCES)[number][]; from?: string; to?: string; asOf?: string };
const graphFilter = (q: FilterQuery): GraphFilter => ({ include: q.include ?? [...EDGE_TYPES], stances: q.stance ?? [], from: q.from, to: q.to, asOf: q.asOf });

const routes: FastifyPluginAsyncZod = async (app) => {
  /** 404 for the first field (in the order given) that names no actor; one query for all of them. */
  const requireActors = async (fields: [field: string, id: string][]) => {
    const unknown = new Set(await app.repos.actors.unknown(fields.map(([, id]) => id)));
    const first = fields.find(([, id]) => unknown.has(id));
    if (first) throw NotFound.ids('actor', [first[1]], first[0]);
  };

  app.get('/graph/overview', {
    schema: { operationId: 'getGraphOverview', tags: ['graph'], summary: 'Every actor, with "spoke about" edges and ties',
      description: 'The whole network as Cytoscape elements: every actor a node; a speaker\'s statements about another actor folded into one "spoke about" edge (count, stances, dominant stance, first and last date; the statement ids with statementIds=true); each tie its own edge. include, stance, from, to and asOf narrow the edges; nodes and edges come in order of id.',
      querystring: OverviewQuery, response: { 200: Elements, 400: Problem } },
  }, async (req) => app.repos.graph.overview(graphFilter(req.query), req.query));

  app.get('/graph/neighborhood', {
    schema: {
      operationId: 'getNeighborhood',
      tags: ['graph'], summary: 'An actor and the actors within depth steps of it',
      description: 'The actors reached from id in at most depth steps (1–3) through the included edges, with the edges among them, as Cytoscape elements. At most limit nodes (1–2000, 200 by default); truncated says when the limit cut the answer. 404 when no actor has the id.',
      querystring: NeighborhoodQuery,
      response: { 200: Elements, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    return checkedAlongside(requireActors([['id', req.query.id]]),
      app.repos.graph.neighborhood(req.query.id, req.query.depth, req.query.limit, graphFilter(req.query), req.query));
  });

  app.get('/graph/path', {
    schema: {
      operationId: 'getPath',
      tags: ['graph'], summary: 'The shortest connections between two actors through ties and statements',
      description: 'Every shortest path from one actor to the other within maxHops (1–6, 4 by default) through the included edges, as Cytoscape elements, each edge with its hop along the path. 404 naming the field when from or to is no actor, and 404 when no path is that short.',
      querystring: PathQuery,
      response: { 200: Elements, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const { from, to, maxHops } = req.query;
    const path = await checkedAlongside(requireActors([['from', from], ['to', to]]),
      app.repos.graph.path(from, to, maxHops, graphFilter({ include: req.query.include, asOf: req.query.asOf }), req.query));
    if (!path) throw new NotFound(`No connection between "${from}" and "${to}" within ${maxHops} hops`);
    return path;
  });
};
export default routes;

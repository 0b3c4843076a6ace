// /api/graph/*: the network as Cytoscape elements — the whole of it, a neighbourhood, or a path.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { STANCES } from '../domain/stances.js';
import { EDGE_TYPES, type EdgeType, type GraphFilter } from '../api/graph-repo.js';
import { flag, id, isoDate } from '../api/params.js';
import { Elements } from '../api/shapes.js';
import { notFound } from '../plugins/problems.js';
import { Problem } from './schemas.js';

const commaList = <T extends string>(values: readonly T[], what: string) => z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean)),
  z.array(z.enum(values as [T, ...T[]], { message: `must be ${what}: ${values.join(', ')}` })).max(values.length * 2).optional(),
);

const filters = {
  include: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : Array.isArray(v) ? v.map((x) => String(x).toUpperCase()) : v), commaList(EDGE_TYPES, 'edge types'))
    .describe(`Edge types to include, comma-separated (default all): ${EDGE_TYPES.join(', ')}`),
  stance: commaList(STANCES, 'stances').describe('Only "spoke about" edges with these stances, comma-separated'),
  from: isoDate.optional().describe('Only statements on or after this date'),
  to: isoDate.optional().describe('Only statements on or before this date'),
  asOf: isoDate.optional().describe('Ties as they stood on this date'),
};
const detail = {
  statementIds: flag.default(false).describe('true: each "spoke about" edge lists the ids of its statements (off by default: between much-quoted actors they are most of the answer)'),
};

type FilterQuery = { include?: EdgeType[]; stance?: (typeof STANCES)[number][]; from?: string; to?: string; asOf?: string };
const graphFilter = (q: FilterQuery): GraphFilter => ({ include: q.include ?? [...EDGE_TYPES], stances: q.stance ?? [], from: q.from, to: q.to, asOf: q.asOf });

const routes: FastifyPluginAsyncZod = async (app) => {
  const requireActor = async (actorId: string, field: string) => {
    if ((await app.repos.actors.unknown([actorId])).length > 0) throw notFound(`No actor has the id "${actorId}" (${field})`);
  };

  app.get('/graph/overview', {
    schema: { tags: ['graph'], summary: 'Every actor, with "spoke about" edges and ties', querystring: z.object({ ...filters, ...detail }), response: { 200: Elements, 400: Problem } },
  }, async (req) => app.repos.graph.overview(graphFilter(req.query), req.query));

  app.get('/graph/neighborhood', {
    schema: {
      tags: ['graph'], summary: 'An actor and the actors within depth steps of it',
      querystring: z.object({ id, depth: z.coerce.number().int().min(1).max(3).default(1), limit: z.coerce.number().int().min(1).max(2000).default(200).describe('Most nodes to return'), ...filters, ...detail }),
      response: { 200: Elements, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    await requireActor(req.query.id, 'id');
    return app.repos.graph.neighborhood(req.query.id, req.query.depth, req.query.limit, graphFilter(req.query), req.query);
  });

  app.get('/graph/path', {
    schema: {
      tags: ['graph'], summary: 'The shortest connections between two actors through ties and statements',
      querystring: z.object({ from: id, to: id, maxHops: z.coerce.number().int().min(1).max(6).default(4), include: filters.include, asOf: filters.asOf, ...detail }),
      response: { 200: Elements, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const { from, to, maxHops } = req.query;
    await requireActor(from, 'from');
    await requireActor(to, 'to');
    const path = await app.repos.graph.path(from, to, maxHops, graphFilter({ include: req.query.include, asOf: req.query.asOf }), req.query);
    if (!path) throw notFound(`No connection between "${from}" and "${to}" within ${maxHops} hops`);
    return path;
  });
};
export default routes;

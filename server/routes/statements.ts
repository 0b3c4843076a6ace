// /api/statements: who said what about whom, filtered, with quotes and sources.
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NotFound } from '../domain/errors.js';
import { checkedAlongside, requireKnownIds, statementFilterIds } from '../api/known-ids.js';
import { Problem } from '../schemas/common.js';
import { IdParams } from '../schemas/params.js';
import { ListStatementsQuery, StatementDetail, StatementPage } from '../schemas/statements.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/statements', {
    schema: {
      operationId: 'listStatements',
      tags: ['statements'], summary: 'Statements by speaker, target, stance, position, source, dates and words; ordered by date, then id',
      description: 'A page of statements (limit 1–200, 50 by default) with their speakers, targets, stances, positions and sources, and the total. Filters combine with AND; a list filter (speaker, about, stance) matches any of its values. An id given as a filter that names no record of its kind is a 404 naming the filter, not an empty page.',
      querystring: ListStatementsQuery,
      response: { 200: StatementPage, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const { speaker, about, stance, limit, offset, ...rest } = req.query;
    const filter = { speakers: speaker, about, stances: stance, ...rest };
    return checkedAlongside(requireKnownIds(app.writes.records.kinds, statementFilterIds(filter)), app.repos.statements.find(filter, limit, offset));
  });

  app.get('/statements/:id', {
    schema: {
      operationId: 'getStatement',
      tags: ['statements'], summary: 'One statement, with the statements it responds to and those that respond to it',
      description: 'The statement with its quote or summary, speakers, who relayed it, targets with stances, positions and the sources with their excerpts. 404 when no statement has the id.',
      params: IdParams, response: { 200: StatementDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const statement = await app.repos.statements.detail(req.params.id);
    if (!statement) throw new NotFound(`No statement has the id "${req.params.id}"`, 'id');
    return statement;
  });
};
export default routes;

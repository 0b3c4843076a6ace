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
      params: IdParams, response: { 200: StatementDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const statement = await app.repos.statements.detail(req.params.id);
    if (!statement) throw new NotFound(`No statement has the id "${req.params.id}"`, 'id');
    return statement;
  });
};
export default routes;

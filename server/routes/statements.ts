// /api/statements: who said what about whom, filtered, with quotes and sources.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { IdParams, id, idList, isoDate, paging, stanceList, text } from '../api/params.js';
import { StatementDetail, StatementPage } from '../api/shapes.js';
import { NotFound } from '../domain/errors.js';
import { requireKnownIds, statementFilterIds } from '../api/known-ids.js';
import { Problem } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/statements', {
    schema: {
      operationId: 'listStatements',
      tags: ['statements'], summary: 'Statements by speaker, target, stance, position, source, dates and words; ordered by date, then id',
      querystring: z.object({
        speaker: idList.describe('Speaker actor id; repeat for several'),
        about: idList.describe('Target actor, event or place id; repeat for several'),
        stance: stanceList.describe('Statements with any of these stances towards a target; repeat or comma-separate for several'),
        position: id.optional(), source: id.optional(),
        from: isoDate.optional(), to: isoDate.optional(), q: text().optional().describe('Words in the quote or summary'),
        ...paging(),
      }),
      response: { 200: StatementPage, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const { speaker, about, stance, limit, offset, ...rest } = req.query;
    const filter = { speakers: speaker, about, stances: stance, ...rest };
    await requireKnownIds(app.writes.records.kinds, statementFilterIds(filter));
    return app.repos.statements.find(filter, limit, offset);
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

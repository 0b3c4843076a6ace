// /api/statements: who said what about whom, filtered, with quotes and sources.
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { IdParams, id, idList, isoDate, paging, text } from '../api/params.js';
import { Stance, StatementDetail, StatementPage } from '../api/shapes.js';
import { notFound } from '../plugins/problems.js';
import { Problem } from './schemas.js';

const routes: FastifyPluginAsyncZod = async (app) => {
  app.get('/statements', {
    schema: {
      tags: ['statements'], summary: 'Statements by speaker, target, stance, position, source, dates and words; ordered by date, then id',
      querystring: z.object({
        speaker: idList.describe('Speaker actor id; repeat for several'),
        about: idList.describe('Target actor, event or place id; repeat for several'),
        stance: Stance.optional(), position: id.optional(), source: id.optional(),
        from: isoDate.optional(), to: isoDate.optional(), q: text().optional().describe('Words in the quote or summary'),
        ...paging(),
      }),
      response: { 200: StatementPage, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const { speaker, about, limit, offset, ...rest } = req.query;
    const unknown = await app.repos.actors.unknown(speaker);
    if (unknown.length > 0) throw notFound(`No actor has the id ${unknown.map((u) => `"${u}"`).join(', ')} (speaker)`);
    return app.repos.statements.find({ speakers: speaker, about, ...rest }, limit, offset);
  });

  app.get('/statements/:id', {
    schema: {
      tags: ['statements'], summary: 'One statement, with the statements it responds to and those that respond to it',
      params: IdParams, response: { 200: StatementDetail, 400: Problem, 404: Problem },
    },
  }, async (req) => {
    const statement = await app.repos.statements.detail(req.params.id);
    if (!statement) throw notFound(`No statement has the id "${req.params.id}"`);
    return statement;
  });
};
export default routes;

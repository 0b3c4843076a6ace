// The write API: create (POST), update (PATCH) and delete (DELETE, with a reason) for every kind of
// record, and merging two actors. Editors create and update; deletes and merges need admin.
// Every write is validated with the seed schemas, applied in one transaction with its audit Change,
// and safe to retry with an Idempotency-Key.
import type { z } from 'zod';
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { NODE_KINDS, SCHEMA, tieId, type AnyRecord, type RecordKind } from '../records/kinds.js';
import { Problem } from '../schemas/common.js';
import { IdParams } from '../schemas/params.js';
import { DeleteQuery, MergeActorsBody, TieKey, WriteHeaders, WriteQuery, patchSchema, writeResponse } from '../schemas/writes.js';
import { BEARER, sendWrite, writeContext } from '../writes/http.js';

const PATH: Record<RecordKind, string> = {
  actor: 'actors', statement: 'statements', source: 'sources', position: 'positions', event: 'events', place: 'places', tie: 'ties',
};
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

const routes: FastifyPluginAsyncZod = async (app) => {
  const { service, planners, merger } = app.writes;

  for (const kind of [...NODE_KINDS, 'tie'] as const) {
    const path = `/${PATH[kind]}`;
    const item = kind === 'tie' ? `${path}/:type/:from/:to` : `${path}/:id`;
    const params = kind === 'tie' ? TieKey : IdParams;
    const keyOf = (p: Record<string, string>) => (kind === 'tie' ? tieId(p as z.infer<typeof TieKey>) : p.id!);
    const tags = [kind === 'tie' ? 'actors' : PATH[kind]];
    const Kind = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
    const response = writeResponse(SCHEMA[kind]);

    app.post(path, {
      config: { role: 'editor' },
      schema: {
        operationId: `create${Kind}`, tags, summary: `Creates a ${kind} (editor)`, security: BEARER, headers: WriteHeaders, body: SCHEMA[kind],
        description: `Answers 201 with the Change made and the ${kind} as stored. 400 names each invalid field and each reference to a record that does not exist; 409 when the ${kind} already exists (change it with PATCH); 422 when the Idempotency-Key was used for another request. Written in one transaction with its audit Change: a failed write changes nothing.`,
        querystring: WriteQuery, response: { 201: response, ...errors },
      },
    }, async (req, reply) => sendWrite(reply, await service.run(writeContext(req), () => planners.create(kind, req.body as AnyRecord, req.query.reason ?? null))));

    app.patch(item, {
      config: { role: 'editor' },
      schema: {
        operationId: `update${Kind}`, tags, summary: `Changes the given fields of a ${kind} (editor)`, security: BEARER, headers: WriteHeaders, params, body: patchSchema(kind),
        description: `Fields left out stay as they are; the key cannot change. The ${kind} after the change is checked whole: 400 names each invalid field and bad reference. 404 when there is no such ${kind}; 422 when the Idempotency-Key was used for another request. A patch that changes nothing writes nothing and records no Change (change is null).`,
        querystring: WriteQuery, response: { 200: response, ...errors },
      },
    }, async (req, reply) => sendWrite(reply, await service.run(writeContext(req), () => planners.update(kind, keyOf(req.params), req.body, req.query.reason ?? null))));

    app.delete(item, {
      config: { role: 'admin' },
      schema: {
        operationId: `delete${Kind}`, tags, summary: `Deletes a ${kind}, with a reason (admin)`, security: BEARER, headers: WriteHeaders, params,
        description: 'Refused (409) while a statement, event or tie needs the record; optional references to it (event places and participants, statement positions and responses, an actor\'s ties) go with it.',
        querystring: DeleteQuery, response: { 200: response, ...errors },
      },
    }, async (req, reply) => sendWrite(reply, await service.run(writeContext(req), () => planners.remove(kind, keyOf(req.params), req.query.reason))));
  }

  app.post('/actors/merge', {
    config: { role: 'admin' },
    schema: {
      operationId: 'mergeActors',
      tags: ['actors'], summary: 'Merges one actor into another (admin)', security: BEARER, headers: WriteHeaders,
      description: 'The kept actor takes the removed one\'s name and aliases as aliases, and every edge: statements it said and that are about it, ties both ways, event participation. Edges between the two are dropped and named in notes.',
      body: MergeActorsBody,
      response: { 200: writeResponse(SCHEMA.actor), ...errors },
    },
  }, async (req, reply) => sendWrite(reply, await service.run(writeContext(req), () => merger.merge(req.body.keep, req.body.remove, req.body.reason))));
};
export default routes;

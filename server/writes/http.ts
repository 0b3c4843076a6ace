// The HTTP side of a write: the request fingerprint and the reply (the Idempotency-Key header's schema
// is WriteHeaders in server/schemas/writes.ts).
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { stableJson } from '../records/canonical.js';
import type { WriteContext, WriteResult } from './service.js';

export const BEARER = [{ bearerAuth: [] }];

export function writeContext(request: FastifyRequest): WriteContext {
  const key = request.headers['idempotency-key'];
  // A CSV body comes as bytes: hashed as they are (a walk over a Buffer's keys would take one step per byte).
  const body = Buffer.isBuffer(request.body) ? request.body : stableJson(request.body ?? null);
  const fingerprint = createHash('sha256').update(`${request.method} ${request.url}\n`).update(body).digest('hex');
  return { who: request.principal?.name ?? 'anonymous', idempotencyKey: typeof key === 'string' ? key : undefined, fingerprint };
}

export function sendWrite(reply: FastifyReply, result: WriteResult) {
  // A create answers 201 Created; every other write, a replay of either, and a write that changed nothing, 200.
  reply.code(result.action === 'create' ? 201 : 200);
  // No Change id when the write changed nothing and so recorded none.
  if (result.changeId) reply.header('x-change-id', result.changeId);
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  // The route's response schema checks the body as it is serialised; its static type is the plan's concern.
  return result.body as never;
}

// The write side, built once over the store: the record reader, the planners, the write service and
// the audit trail, shared by the write, import, export and change routes.
import fp from 'fastify-plugin';
import { createChangeRepo } from '../audit/changes.js';
import { createRecordReader } from '../records/read.js';
import type { GraphStore } from '../store/store.js';
import { createMerger } from './merge.js';
import { createPlanners } from './planners.js';
import { createWriteService } from './service.js';

export function createWriteSide(store: GraphStore) {
  const records = createRecordReader(store);
  const changes = createChangeRepo(store);
  const planners = createPlanners(records);
  return { records, changes, planners, merger: createMerger(records, planners), service: createWriteService(store, changes, records) };
}
export type WriteSide = ReturnType<typeof createWriteSide>;

declare module 'fastify' {
  interface FastifyInstance { writes: WriteSide }
}

export default fp(async (app) => {
  app.decorate('writes', createWriteSide(app.store));
}, { name: 'writes', dependencies: ['store'] });

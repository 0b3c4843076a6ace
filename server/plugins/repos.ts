// The repositories, built once over the store and shared by the routes.
import fp from 'fastify-plugin';
import { createActorRepo } from '../api/actors-repo.js';
import { createCatalogRepo } from '../api/catalog-repo.js';
import { createGraphRepo } from '../api/graph-repo.js';
import { createStatementRepo } from '../api/statements-repo.js';
import { createTimeRepo } from '../api/time-repo.js';

export function createRepos(store: Parameters<typeof createActorRepo>[0]) {
  const actors = createActorRepo(store);
  const statements = createStatementRepo(store);
  const catalog = createCatalogRepo(store, statements);
  return { actors, statements, catalog, graph: createGraphRepo(store), time: createTimeRepo(actors, statements, catalog) };
}
export type Repos = ReturnType<typeof createRepos>;

declare module 'fastify' {
  interface FastifyInstance { repos: Repos }
}

export default fp(async (app) => {
  app.decorate('repos', createRepos(app.store));
}, { name: 'repos', dependencies: ['store'] });

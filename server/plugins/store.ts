// The graph store as an app-wide decorator, closed when the app closes.
import fp from 'fastify-plugin';
import type { GraphStore } from '../store/store.js';

declare module 'fastify' {
  interface FastifyInstance { store: GraphStore }
}

export default fp<{ store: GraphStore }>(async (app, { store }) => {
  app.decorate('store', store);
  app.addHook('onClose', async () => store.close());
}, { name: 'store' });

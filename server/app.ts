// Composes the app: external plugins first, then the app's own, then the routes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import type { Config } from './config.js';
import { clientErrorHandler } from './plugins/client-errors.js';
import { requestForLog } from './plugins/log-redaction.js';
import problems from './plugins/problems.js';
import jsonBody from './plugins/json-body.js';
import auth from './auth/plugin.js';
import writes from './writes/plugin.js';
import storePlugin from './plugins/store.js';
import repos from './plugins/repos.js';
import responseCache from './plugins/response-cache.js';
import { responseSerializer } from './plugins/response-serializer.js';
import actorRoutes from './routes/actors.js';
import eventRoutes from './routes/events.js';
import graphRoutes from './routes/graph.js';
import healthRoutes from './routes/health.js';
import positionRoutes from './routes/positions.js';
import reportRoutes from './routes/reports.js';
import statementRoutes from './routes/statements.js';
import timeRoutes from './routes/time.js';
import writeRoutes from './routes/writes.js';
import changeRoutes from './routes/changes.js';
import ioRoutes from './routes/io.js';
import jobRoutes from './routes/jobs.js';
import { createJobRegistry } from './jobs/registry.js';
import { openApiOptions } from './routes/openapi.js';
import sourceTextRoutes from './routes/source-text.js';
import type { GraphStore } from './store/store.js';

export const WEB_DIST = fileURLToPath(new URL('../dist/web/', import.meta.url));

export interface AppOptions { config: Config; store: GraphStore; webRoot?: string }

export async function buildApp({ config, store, webRoot = WEB_DIST }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization'], serializers: { req: requestForLog } },
    // One line per request is noise at info level; debug and trace turn it on.
    logController: new LogController({ disableRequestLogging: !['debug', 'trace'].includes(config.LOG_LEVEL) }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    connectionTimeout: config.REQUEST_TIMEOUT_MS,
    // Node looks for requests past their timeout every 30 s by default: a slow client would hold a
    // connection up to 30 s longer than REQUEST_TIMEOUT_MS says.
    http: { connectionsCheckingInterval: Math.min(1000, config.REQUEST_TIMEOUT_MS) },
    clientErrorHandler,
    return503OnClosing: true,
    // Start-up asks the engine to compile every saved report; a cold Neo4j plans each one, which on a busy
    // machine takes longer than avvio's default 10 s per plugin.
    pluginTimeout: 120_000,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer);

  await app.register(problems);
  await app.register(jsonBody);
  await app.register(auth, { tokens: config.API_TOKENS, readsRequireToken: config.READS_REQUIRE_TOKEN });
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'style-src': ["'self'", "'unsafe-inline'"], 'script-src': ["'self'"] } },
  });
  if (config.CORS_ORIGIN) await app.register(cors, { origin: config.CORS_ORIGIN.split(',').map((o) => o.trim()) });
  await app.register(rateLimit, { max: config.RATE_LIMIT_MAX, timeWindow: config.RATE_LIMIT_WINDOW_MS });
  await app.register(swagger, openApiOptions(config));
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(storePlugin, { store });
  await app.register(repos);
  if (config.ANSWER_CACHE_MB > 0) await app.register(responseCache, { maxBytes: config.ANSWER_CACHE_MB * 1024 * 1024 });
  await app.register(writes);

  for (const routes of [healthRoutes, actorRoutes, statementRoutes, positionRoutes, eventRoutes, graphRoutes, timeRoutes]) {
    await app.register(routes, { prefix: '/api' });
  }
  await app.register(reportRoutes, { prefix: '/api', config });
  await app.register(writeRoutes, { prefix: '/api' });
  await app.register(changeRoutes, { prefix: '/api' });
  app.decorate('jobs', createJobRegistry((err, job) => app.log.error({ err, job: job.id }, 'job failed')));
  await app.register(ioRoutes, { prefix: '/api', config });
  await app.register(jobRoutes, { prefix: '/api' });
  await app.register(sourceTextRoutes, { prefix: '/api', sourcesDir: config.SOURCES_DIR });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  if (existsSync(webRoot)) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  return app;
}

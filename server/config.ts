// Configuration is read once from the environment and validated; a bad value stops start-up
// with a message that names the variable, the value and what is wrong with it.
import { z } from 'zod';
import { parseTokens } from './auth/tokens.js';

const port = z.coerce.number({ error: "must be a port number from 0 (any free port) to 65535" }).int().min(0, "must be a port number from 0 (any free port) to 65535").max(65535, "must be a port number from 0 (any free port) to 65535");
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const apiTokens = z.string().transform((spec, ctx) => {
  const { tokens, problems } = parseTokens(spec);
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
  return tokens;
});

export const ConfigSchema = z.object({
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI').optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][\w.-]*$/, 'must be a database name').default('neo4j'),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(10_000).default(50),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DATA_DIR: z.string().min(1).default('./data'),
  ANSWER_CACHE_MB: z.coerce.number().min(0).max(65_536).default(64),
  /** Embedded engine (server): its worker process is restarted when its resident memory passes this; 0: no ceiling. */
  ENGINE_MEMORY_MB: z.coerce.number().int().min(0).max(1_048_576).default(4096),
  SEED_DIR: z.string().min(1).default('./seed/data'),
  /** The seed's source documents, served to the source viewer (the same folder `npm run seed:check` reads). */
  SOURCES_DIR: z.string().min(1).default('../shared/sources'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGIN: z.string().optional(),
  RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  QUERY_ROW_CAP: z.coerce.number().int().min(1).default(5_000),
  ENABLE_ADHOC_QUERIES: flag.default(false),
  /** Ad-hoc queries without a token; off by default even when ENABLE_ADHOC_QUERIES is on, so only an explicit choice opens them. */
  ALLOW_ANONYMOUS_ADHOC_QUERIES: flag.default(false),
  /** Write tokens as name:role:sha256hex entries, comma-separated (`npm run token` makes one). */
  API_TOKENS: apiTokens.default([]),
  READS_REQUIRE_TOKEN: flag.default(false),
  IMPORT_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(20 * 1_048_576),
  /** How long POST /api/import waits for its import before answering 202 with a job to follow instead. */
  IMPORT_WAIT_MS: z.coerce.number().int().min(0).default(20_000),
  /** Records an export reads per query: it holds about this many at a time, whatever the graph's size. */
  EXPORT_PAGE_SIZE: z.coerce.number().int().min(1).max(50_000).default(2000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(Object.keys(ConfigSchema.shape).filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const parsed = ConfigSchema.safeParse(relevant);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0]);
    const shown = /PASSWORD|TOKENS/.test(name) ? '(hidden)' : JSON.stringify(relevant[name]);
    return `${name}=${shown}: ${i.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}

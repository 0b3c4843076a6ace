// The OpenAPI document as a contract that third-party tools accept (validating proxies, linters,
// client generators): named component schemas, an operationId on every route (set by the routes),
// errors as application/problem+json, every response with its media types, servers and the bearer
// scheme. The routes' zod schemas are the source; this module only says how they are published.
import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod';
import type { Config } from '../config.js';
import './components.js';

type JsonSchema = Record<string, unknown>;
type Transformed = ReturnType<SwaggerTransform>;

const TITLES: Record<string, string> = {
  400: 'Bad Request: the problem names each invalid field', 401: 'Unauthorized: no token, or an unknown one', 403: 'Forbidden: the token lacks the role',
  404: 'Not Found: an id names no record (the problem names the field)', 409: 'Conflict with what is stored', 413: 'Content Too Large',
  422: 'Unprocessable Content', 429: 'Too Many Requests: over the rate limit', 503: 'Service Unavailable: the database is unreachable', 504: 'Gateway Timeout: the query ran too long',
};
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: PROBLEM_REF } } });

/**
 * The zod transform, with every error response as problem+json: the route's own, the rate limit's
 * 429, 401 and 403 wherever a token may be needed (reads too, under READS_REQUIRE_TOKEN), and a
 * default for the rest (500…).
 */
export const apiTransform: SwaggerTransform = (args) => {
  const out = jsonSchemaTransform(args as Parameters<typeof jsonSchemaTransform>[0]) as Transformed & { schema: { response?: Record<string, unknown>; security?: unknown[] } };
  if (out.schema.hide) return out;
  const isPublic = Array.isArray(out.schema.security) && out.schema.security.length === 0;
  const response: Record<string, unknown> = { ...out.schema.response };
  for (const status of [...Object.keys(response), ...(isPublic ? [] : ['401', '403']), '429']) {
    if (Number(status) >= 400) response[status] = problem(TITLES[status] ?? 'Error');
  }
  response.default = problem('Any other error (500 Internal Server Error…), as RFC 9457 problem details');
  return { ...out, schema: { ...out.schema, response } as Transformed['schema'] };
};

/** What each media type of a file download holds, for tools that read the body. */
const FILE_BODY: Record<string, JsonSchema> = {
  'application/json': { type: 'object', description: 'format=json: a seed file (components/schemas/SeedFile); format=cytoscape: Cytoscape JSON elements' },
  'application/graphml+xml': { type: 'string', description: 'GraphML' },
  'application/gexf+xml': { type: 'string', description: 'GEXF 1.3' },
  'application/zip': { type: 'string', format: 'binary', description: 'neo4j-admin import CSV files and import.sh' },
};

/** A route whose 200 is a file in one of `media` types, named by Content-Disposition and checked by X-Content-Checksum. */
export const fileDownload = (description: string, media: (keyof typeof FILE_BODY)[]): SwaggerTransform => (args) => {
  const out = apiTransform(args) as Transformed & { schema: { response: Record<string, unknown> } };
  const response = {
    ...out.schema.response,
    200: {
      description,
      headers: {
        'content-disposition': { type: 'string', description: 'attachment; filename="…" (the file name of the export)' },
        trailer: { type: 'string', description: 'x-content-checksum: the body is followed by that trailer, sha256: of the canonical dump of the exported records, computed as the body streams' },
      },
      content: Object.fromEntries(media.map((m) => [m, { schema: FILE_BODY[m] }])),
    },
  };
  return { ...out, schema: { ...out.schema, response } as Transformed['schema'] };
};

/** A route whose body comes in several media types, each with its own schema. */
export const bodyIn = (content: Record<string, JsonSchema>): SwaggerTransform => (args) => {
  const out = apiTransform(args);
  return { ...out, schema: { ...out.schema, body: { content: Object.fromEntries(Object.entries(content).map(([m, schema]) => [m, { schema }])) } } as Transformed['schema'] };
};

/**
 * A route whose query string is free-form (a report's own parameters): published as one object
 * parameter, style form and exploded, which is how OpenAPI says "any key=value pairs".
 */
export const freeFormQuery = (name: string, description: string): SwaggerTransform => (args) => {
  const out = apiTransform(args) as Transformed & { schema: { querystring?: JsonSchema } };
  const { querystring, ...schema } = out.schema;
  if (!querystring) return out;
  return { ...out, schema: { ...schema, querystring: { type: 'object', properties: { [name]: { ...querystring, description } } } } as Transformed['schema'] };
};

/**
 * Two repairs of the generated schemas for OpenAPI 3.0 tools: `nullable` must sit beside a type, so a
 * nullable union makes each member nullable; and an `allOf` of one schema (zod's optional reference)
 * is that schema.
 */
function tidySchemas(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(tidySchemas);
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if (schema.nullable === true && schema.type === undefined && Array.isArray(schema.anyOf)) {
    delete schema.nullable;
    schema.anyOf = (schema.anyOf as JsonSchema[]).map((member) => ({ ...member, nullable: true }));
  }
  for (const [key, value] of Object.entries(schema)) {
    const allOf = (value as JsonSchema | null)?.allOf;
    if (Array.isArray(allOf) && allOf.length === 1 && Object.keys(value as JsonSchema).every((k) => k === 'allOf' || k === 'description')) schema[key] = allOf[0];
  }
  Object.values(schema).forEach(tidySchemas);
}

/**
 * The type provider publishes every named schema twice (as read and as written); only those the
 * operations reach, directly or through other components, stay in the document.
 */
function keepReachableSchemas(doc: { paths?: unknown; components?: { schemas?: Record<string, unknown> } }): void {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const ref = (node as JsonSchema).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length);
      if (!reached.has(name)) { reached.add(name); visit(schemas[name]); }
    }
    Object.values(node).forEach(visit);
  };
  visit(doc.paths);
  for (const name of Object.keys(schemas)) if (!reached.has(name)) delete schemas[name];
}

/**
 * In what a client sends, a field with a server-side default may be left out. Client generators read
 * `default` as "always present" (openapi-typescript makes such fields required), so request schemas
 * say their defaults in words instead.
 */
function defaultsInWords(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(defaultsInWords);
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonSchema;
  if ('default' in schema && typeof schema.type === 'string') {
    schema.description = [schema.description, `Default: ${JSON.stringify(schema.default)}.`].filter(Boolean).join(' ');
    delete schema.default;
  }
  Object.values(schema).forEach(defaultsInWords);
}

export function openApiOptions(config: Config): FastifyDynamicSwaggerOptions {
  const bearer = { bearerAuth: [] as string[] };
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'stancegraph API', version: '1.0.0',
        description: 'Who said what about whom: political actors, their statements, stances and ties. Errors are RFC 9457 problem details.',
        // No public address exists to name (no repository URL in package.json): the project's README is where to ask.
        contact: { name: 'The stancegraph maintainers (see README.md in the project repository)' },
        license: { name: 'UNLICENSED (private project)', url: 'https://spdx.org/licenses/' },
      },
      servers: [{ url: '/', description: 'The server that serves this document' }],
      tags: [
        { name: 'health', description: 'Whether the server and its database answer' },
        { name: 'actors', description: 'States, people, organisations and their ties' },
        { name: 'statements', description: 'Who said what about whom, with stances, quotes and sources' },
        { name: 'positions', description: 'Claims actors support or reject, and the contradictions between them' },
        { name: 'events', description: 'Events with their places and participants' },
        { name: 'sources', description: 'The documents every record is cited in' },
        { name: 'places', description: 'Places events happen at and statements are about' },
        { name: 'graph', description: 'The network as Cytoscape elements' },
        { name: 'reports', description: 'Saved Cypher reports and ad-hoc read-only queries' },
        { name: 'changes', description: 'The audit trail of every write' },
        { name: 'import-export', description: 'Files in and out: seed JSON, statements CSV, GraphML, GEXF, Cytoscape JSON, neo4j-admin CSV' },
      ],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token (npm run token); writes need editor, deletes and merges admin' } } },
      // Reads take a token only when READS_REQUIRE_TOKEN is on; write routes require one on their own.
      security: config.READS_REQUIRE_TOKEN ? [bearer] : [{}, bearer],
    },
    transform: apiTransform,
    transformObject: (doc) => {
      const out = jsonSchemaTransformObject(doc);
      tidySchemas(out);
      keepReachableSchemas(out as Parameters<typeof keepReachableSchemas>[0]);
      for (const [name, schema] of Object.entries((out as { components?: { schemas?: Record<string, unknown> } }).components?.schemas ?? {})) {
        if (name.endsWith('Input')) defaultsInWords(schema);
      }
      return out;
    },
  };
}

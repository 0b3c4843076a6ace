// The reports API's schemas: they validate requests, serialise responses and document both in OpenAPI.
import { z } from 'zod';
import { PARAM_TYPES, REPORT_NAME } from '../domain/report-vocabulary.js';
import { Elements } from './graph.js';

export const ReportName = z.object({
  name: z.string().max(100).regex(REPORT_NAME, 'must be a report name: lowercase words joined by hyphens'),
});

export const ReportParam = z.object({
  name: z.string(),
  type: z.enum(PARAM_TYPES).describe('string, actorId (must name an existing actor), date (YYYY-MM-DD), integer (min..max), enum (values) or boolean'),
  required: z.boolean(),
  default: z.union([z.string(), z.number(), z.boolean()]).nullable().describe('Used when the parameter is not given; null when it is required'),
  description: z.string(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  values: z.array(z.string()).optional().describe('enum: the values allowed'),
});

export const ReportSummary = z.object({
  name: z.string(), title: z.string(), description: z.string(),
  graph: z.boolean().describe('True when a run also returns the rows as a graph'),
  params: z.array(ReportParam),
});
export const ReportList = z.object({ items: z.array(ReportSummary) });

export const ReportDetail = ReportSummary.extend({
  dialect: z.enum(['neo4j', 'ladybug']).describe('The Cypher dialect of the engine in use'),
  file: z.string().describe('The report file, relative to the repository'),
  cypher: z.string().describe('The whole report file for the engine in use, header comments included'),
});

const Params = z.record(z.string(), z.unknown());

export const RunBody = z.object({ params: Params.default({}).describe('Parameter values by name; omitted ones take their defaults') });
// An object with no fixed keys, so that OpenAPI lists no fixed query parameters: each report has its own.
export const RunQuery = z.object({}).catchall(z.union([z.string(), z.array(z.string())]));
export const AdhocBody = z.object({
  cypher: z.string().min(1, 'must not be empty').max(20_000, 'must be at most 20000 characters').describe('One read-only Cypher statement'),
  params: Params.default({}),
});

export const RunResult = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  graph: Elements.optional().describe('Reports that declare a graph: the rows as Cytoscape elements'),
  meta: z.object({
    ms: z.number().int().describe('Time the query took'),
    rowCount: z.number().int(),
    truncated: z.boolean().describe('True when the row cap cut the result'),
    backend: z.enum(['neo4j', 'embedded']),
  }),
});
export type RunResultJson = z.infer<typeof RunResult>;

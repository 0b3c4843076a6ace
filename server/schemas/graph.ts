// /api/graph/*: the filters, and the network as Cytoscape elements.
import { z } from 'zod';
import { POLARITIES } from '../domain/stances.js';
import { EDGE_TYPES } from '../domain/vocabulary.js';
import { Stance, day } from './common.js';
import { commaList, flag, id, isoDate, stanceList } from './params.js';

const filters = {
  include: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : Array.isArray(v) ? v.map((x) => String(x).toUpperCase()) : v), commaList(EDGE_TYPES, 'edge types'))
    .describe(`Edge types to include, comma-separated (default all): ${EDGE_TYPES.join(', ')}`),
  stance: stanceList.describe('Only "spoke about" edges with these stances; repeat or comma-separate for several'),
  from: isoDate.optional().describe('Only statements on or after this date'),
  to: isoDate.optional().describe('Only statements on or before this date'),
  asOf: isoDate.optional().describe('Ties as they stood on this date'),
};
const detail = {
  statementIds: flag.default(false).describe('true: each "spoke about" edge lists the ids of its statements (off by default: between much-quoted actors they are most of the answer)'),
};

export const OverviewQuery = z.object({ ...filters, ...detail });
export const NeighborhoodQuery = z.object({ id, depth: z.coerce.number().int().min(1).max(3).default(1), limit: z.coerce.number().int().min(1).max(2000).default(200).describe('Most nodes to return'), ...filters, ...detail });
export const PathQuery = z.object({ from: id, to: id, maxHops: z.coerce.number().int().min(1).max(6).default(4), include: filters.include, asOf: filters.asOf, ...detail });

/** Cytoscape elements JSON. */
export const GraphNode = z.object({ data: z.object({
  id: z.string(), label: z.string(), kind: z.string(),
  said: z.number().int(), spokenAbout: z.number().int(),
}) });
export const GraphEdge = z.object({ data: z.object({
  id: z.string(), source: z.string(), target: z.string(),
  type: z.string().describe('SPOKE_ABOUT for folded statements, or a tie type'),
  count: z.number().int().optional().describe('SPOKE_ABOUT: number of statements'),
  stances: z.record(z.string(), z.number().int()).optional().describe('SPOKE_ABOUT: statements per stance'),
  dominantStance: Stance.optional(), polarity: z.enum(POLARITIES).optional(),
  statementIds: z.array(z.string()).optional(),
  firstDate: day.nullable().optional()
    .describe("SPOKE_ABOUT: the earliest statement's date as stored, without its precision (a month-dated statement "
      + 'counts as the 1st); the statements carry their precision'),
  lastDate: day.nullable().optional().describe("SPOKE_ABOUT: the latest statement's date as stored, without its precision"),
  detail: z.string().nullable().optional(), since: day.nullable().optional(), until: day.nullable().optional(),
  hop: z.number().int().optional().describe('path: position of the edge along the path'),
}) });
export const Elements = z.object({
  nodes: z.array(GraphNode), edges: z.array(GraphEdge),
  truncated: z.boolean().describe('True when the node limit cut the result'),
});

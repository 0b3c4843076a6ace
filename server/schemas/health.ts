// GET /api/health: the database's status, engine and node counts.
import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']).describe('degraded: writes fail for lack of disk space; reads still answer'),
  reason: z.string().optional().describe('Why the status is degraded'),
  backend: z.enum(['neo4j', 'embedded']),
  counts: z.record(z.string(), z.number().int()).describe('Nodes per label'),
});

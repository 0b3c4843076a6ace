// /api/jobs/:id: long work that became a job, with its result or failure once it ends.
import { z } from 'zod';
import { Problem } from './common.js';

export const JobParams = z.object({ id: z.string().max(100) });

export const JobShape = z.object({
  id: z.string(), kind: z.string().describe('What the job does: import'), who: z.string().describe('The token name that started it'),
  status: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.string(), finishedAt: z.string().nullable(),
  result: z.unknown().optional().describe('When succeeded: what the request would have answered (an import\'s report)'),
  failure: Problem.pick({ status: true, title: true, detail: true, errors: true }).optional().describe('When failed: the problem the request would have answered'),
});

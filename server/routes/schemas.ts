// Shapes shared by several routes.
import { z } from 'zod';

export const Problem = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), instance: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string(), row: z.number().int().optional().describe('Imports: the row (CSV line; JSON position in its section)'), record: z.string().optional() })).optional(),
}).describe('RFC 9457 problem details');

// Schema pieces every resource shares: the date, the page, the actor reference, the stance, and the
// RFC 9457 problem every error answers.
import { z } from 'zod';
import { ACTOR_KINDS, TIE_TYPES } from '../domain/vocabulary.js';
import { STANCES } from '../domain/stances.js';

export const day = z.string().describe('Date, YYYY-MM-DD');
export const Page = <T extends z.ZodType>(item: T) => z.object({
  items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int(),
});

export const Stance = z.enum(STANCES);
export const ActorKind = z.enum(ACTOR_KINDS);
export const TieType = z.enum(TIE_TYPES);

export const ActorRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });

export const Problem = z.object({
  type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), instance: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string(), row: z.number().int().optional().describe('Imports: the row (CSV line; JSON position in its section)'), record: z.string().optional() })).optional(),
}).describe('RFC 9457 problem details');

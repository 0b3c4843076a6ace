// /api/timeline and /api/pairs: statements and events over time, and everything between two actors.
import { z } from 'zod';
import { ActorRef, day } from './common.js';
import { EventItem } from './events.js';
import { Tie } from './actors.js';
import { id, isoDate } from './params.js';
import { Statement } from './statements.js';

export const TimelineQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), actor: id.optional() });
export const PairQuery = z.object({ a: id, b: id });

export const TimelineDay = z.object({
  date: day,
  statements: z.array(Statement),
  events: z.array(EventItem),
});
export const Timeline = z.object({ days: z.array(TimelineDay), undated: z.number().int().describe('Statements with no known date, not shown') });

export const PairView = z.object({
  a: ActorRef, b: ActorRef,
  aAboutB: z.array(Statement), bAboutA: z.array(Statement),
  ties: z.array(Tie),
  series: z.array(z.object({ month: z.string().describe('YYYY-MM'), speaker: z.string(), stances: z.record(z.string(), z.number().int()) })),
});

// /api/events: what happened, where, and who took part.
import { z } from 'zod';
import { ActorRef, Page, day } from './common.js';
import { isoDate, paging } from './params.js';

export const ListEventsQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), ...paging() });

export const EventItem = z.object({
  id: z.string(), name: z.string(), date: day.nullable(), endDate: day.nullable(), description: z.string().nullable(),
  places: z.array(z.object({ id: z.string(), name: z.string() })),
  participants: z.array(ActorRef.extend({ role: z.string().nullable() })),
});
export const EventPage = Page(EventItem);

// /api/actors: the search's query and page, and one actor with its ties and events.
import { z } from 'zod';
import { ACTOR_KINDS } from '../domain/vocabulary.js';
import { ActorRef, Page, TieType, day } from './common.js';
import { isoDate, paging, text } from './params.js';

export const ListActorsQuery = z.object({ q: text().optional().describe('Name or alias, e.g. "erdogan"'), kind: z.enum(ACTOR_KINDS).optional(), ...paging() });
export const GetActorQuery = z.object({ asOf: isoDate.optional().describe('Show ties as they stood on this date') });

export const ActorSummary = ActorRef.extend({
  aliases: z.array(z.string()), description: z.string().nullable(),
  unnamed: z.boolean().describe('A speaker the documents leave unnamed, named as they describe it ("witnesses")'),
  statementsBy: z.number().int().describe('Statements the actor made'),
  statementsAbout: z.number().int().describe('Statements made about the actor'),
});
export const ActorPage = Page(ActorSummary);

export const Tie = z.object({
  type: TieType, from: ActorRef, to: ActorRef,
  detail: z.string().nullable().describe('Role (MEMBER_OF), title (HOLDS_OFFICE) or basis (ALLIED_WITH)'),
  since: day.nullable(), until: day.nullable(), source: z.string().nullable(), excerpt: z.string().nullable(),
});

export const ActorDetail = ActorSummary.extend({
  ties: z.array(Tie).describe('Offices, memberships, alliances and arms ties, in both directions'),
  officeHolders: z.array(Tie).describe('People who hold offices in this actor'),
  events: z.array(z.object({ id: z.string(), name: z.string(), date: day.nullable(), role: z.string().nullable() })),
});

// The API's response shapes: zod schemas that validate and serialise responses, generate OpenAPI,
// and give the web page its types.
import { z } from 'zod';
import { ACTOR_KINDS, CHANNELS, DATE_PRECISIONS, MODALITIES, POSITION_STANCES, TIE_TYPES } from '../domain/vocabulary.js';
import { POLARITIES, STANCES } from '../domain/stances.js';

const day = z.string().describe('Date, YYYY-MM-DD');
export const Page = <T extends z.ZodType>(item: T) => z.object({
  items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int(),
});

export const Stance = z.enum(STANCES);
export const ActorKind = z.enum(ACTOR_KINDS);
export const TieType = z.enum(TIE_TYPES);

export const ActorRef = z.object({ id: z.string(), name: z.string(), kind: z.string() });

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

export const Statement = z.object({
  id: z.string(), quote: z.string().nullable(), summary: z.string(),
  date: day.nullable(), datePrecision: z.enum(DATE_PRECISIONS), channel: z.enum(CHANNELS), lang: z.string(), modality: z.enum(MODALITIES),
  speaker: ActorRef.describe('The first-named speaker'),
  speakers: z.array(ActorRef).describe('Every speaker of the statement, the first-named first (several for a joint text)'),
  // A copy of ActorRef, not the named component: OpenAPI 3.0 lets `nullable` sit only beside a type, never beside a reference.
  relayedBy: ActorRef.extend({}).nullable().describe('Who passed the words on, when not the speaker (a tweeted testimony)'),
  documentVoice: z.boolean().describe("True when the statement is a document's own claim, attributed to its publisher or author"),
  about: z.array(ActorRef.extend({ stance: Stance })).describe('Actors, events and places the statement is about; kind is "event" or "place" for those'),
  positions: z.array(z.object({
    id: z.string(), label: z.string(), stance: z.enum(POSITION_STANCES),
    figure: z.string().nullable().describe('The number the statement gives on a contested figure, as worded'),
  })),
  sources: z.array(z.object({ id: z.string(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), excerpt: z.string() })),
});
export const StatementPage = Page(Statement);
export const StatementDetail = Statement.extend({ respondsTo: z.array(Statement), responses: z.array(Statement) });

export const PositionSummary = z.object({
  id: z.string(), label: z.string(), description: z.string().nullable(),
  supporters: z.number().int(), rejecters: z.number().int(),
});
const Side = z.array(z.object({ actor: ActorRef, statements: z.array(Statement) }));
export const PositionDetail = PositionSummary.extend({ supports: Side, rejects: Side });
export const Contradiction = z.object({ position: z.object({ id: z.string(), label: z.string() }), supports: Statement, rejects: Statement });

export const EventItem = z.object({
  id: z.string(), name: z.string(), date: day.nullable(), endDate: day.nullable(), description: z.string().nullable(),
  places: z.array(z.object({ id: z.string(), name: z.string() })),
  participants: z.array(ActorRef.extend({ role: z.string().nullable() })),
});

export const SourceSummary = z.object({
  id: z.string(), title: z.string(), publisher: z.string().nullable(), url: z.string().nullable(), published: day.nullable(), kind: z.string(),
  statementCount: z.number().int(),
});
export const SourceDetail = SourceSummary.extend({ statements: z.array(Statement) });

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
  firstDate: day.nullable().optional(), lastDate: day.nullable().optional(),
  detail: z.string().nullable().optional(), since: day.nullable().optional(), until: day.nullable().optional(),
  hop: z.number().int().optional().describe('path: position of the edge along the path'),
}) });
export const Elements = z.object({
  nodes: z.array(GraphNode), edges: z.array(GraphEdge),
  truncated: z.boolean().describe('True when the node limit cut the result'),
});

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

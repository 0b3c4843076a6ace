// The API's response types, inferred from the server's own zod schemas (types only: no zod in the bundle).
import type { z } from 'zod';
import type * as S from '../../../server/api/shapes.js';
import type { STANCES, ACTOR_KINDS, TIE_TYPES } from '../../../seed/schema.js';

export type Stance = (typeof STANCES)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type TieType = (typeof TIE_TYPES)[number];
export type Polarity = 'hostile' | 'critical' | 'neutral' | 'supportive';

export type ActorRef = z.infer<typeof S.ActorRef>;
export type ActorSummary = z.infer<typeof S.ActorSummary>;
export type ActorPage = z.infer<typeof S.ActorPage>;
export type ActorDetail = z.infer<typeof S.ActorDetail>;
export type Tie = z.infer<typeof S.Tie>;
export type Statement = z.infer<typeof S.Statement>;
export type StatementPage = z.infer<typeof S.StatementPage>;
export type PositionSummary = z.infer<typeof S.PositionSummary>;
export type PositionDetail = z.infer<typeof S.PositionDetail>;
export type Contradiction = z.infer<typeof S.Contradiction>;
export type EventItem = z.infer<typeof S.EventItem>;
export type Elements = z.infer<typeof S.Elements>;
export type GraphNodeData = z.infer<typeof S.GraphNode>['data'];
export type GraphEdgeData = z.infer<typeof S.GraphEdge>['data'];
export type Timeline = z.infer<typeof S.Timeline>;
export type TimelineDay = z.infer<typeof S.TimelineDay>;
export type PairView = z.infer<typeof S.PairView>;

export interface Problem { type: string; title: string; status: number; detail: string; instance?: string }

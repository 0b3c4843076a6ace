// The API's response types, inferred from the server's own zod schemas (types only: no zod in the bundle).
import type { z } from 'zod';
import type * as S from '../../../server/api/shapes.js';
import type * as R from '../../../server/reports/shapes.js';
import type { Problem as ProblemShape } from '../../../server/routes/schemas.js';
import type { ChangeInfoShape, RecordOp } from '../../../server/writes/respond.js';
import type * as Seed from '../../../server/domain/records.js';

export type { Polarity, Stance } from '../../../server/domain/stances.js';
export type { ActorKind, Channel, DatePrecision, Modality, PositionStance, SourceKind, TieType } from '../../../server/domain/vocabulary.js';

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

export type SourceSummary = z.infer<typeof S.SourceSummary>;

export type Problem = z.infer<typeof ProblemShape>;
export type FieldProblem = NonNullable<Problem['errors']>[number];

export type ReportParam = z.infer<typeof R.ReportParam>;
export type ReportSummary = z.infer<typeof R.ReportSummary>;
export type ReportDetail = z.infer<typeof R.ReportDetail>;
export type RunResult = z.infer<typeof R.RunResult>;

/** Write bodies: records in the seed format. */
export type SeedActor = Seed.Actor;
export type SeedStatement = Seed.Statement;
export type SeedSource = Seed.Source;

export type ChangeInfo = z.infer<typeof ChangeInfoShape>;
export interface WriteResult<T> { change: ChangeInfo; records: z.infer<typeof RecordOp>[]; record?: T; notes: string[] }
/** An audit entry as GET /api/changes lists it (server/routes/changes.ts keeps its schema to itself). */
export interface Change extends ChangeInfo {
  records: string[];
  changes: { kind: string; id: string; op: 'created' | 'updated' | 'deleted'; before: unknown; after: unknown }[];
}
export interface ChangePage { items: Change[]; total: number; limit: number; offset: number }

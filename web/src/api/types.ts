// The API's response types, inferred from the server's own zod schemas (types only: no zod in the bundle).
import type { z } from 'zod';
import type * as Actors from '../../../server/schemas/actors.js';
import type * as Common from '../../../server/schemas/common.js';
import type * as Events from '../../../server/schemas/events.js';
import type * as Graph from '../../../server/schemas/graph.js';
import type * as Positions from '../../../server/schemas/positions.js';
import type * as R from '../../../server/schemas/reports.js';
import type * as Sources from '../../../server/schemas/sources.js';
import type * as Statements from '../../../server/schemas/statements.js';
import type * as Time from '../../../server/schemas/time.js';
import type { ChangeInfoShape, RecordOp } from '../../../server/schemas/writes.js';
import type * as Seed from '../../../server/domain/records.js';

export type { Polarity, Stance } from '../../../server/domain/stances.js';
export type { ActorKind, Channel, DatePrecision, EdgeType, Modality, PositionStance, SourceKind, TieType } from '../../../server/domain/vocabulary.js';

export type ActorRef = z.infer<typeof Common.ActorRef>;
export type ActorSummary = z.infer<typeof Actors.ActorSummary>;
export type ActorPage = z.infer<typeof Actors.ActorPage>;
export type ActorDetail = z.infer<typeof Actors.ActorDetail>;
export type Tie = z.infer<typeof Actors.Tie>;
export type Statement = z.infer<typeof Statements.Statement>;
export type StatementPage = z.infer<typeof Statements.StatementPage>;
export type PositionSummary = z.infer<typeof Positions.PositionSummary>;
export type PositionDetail = z.infer<typeof Positions.PositionDetail>;
export type Contradiction = z.infer<typeof Positions.Contradiction>;
export type EventItem = z.infer<typeof Events.EventItem>;
export type Elements = z.infer<typeof Graph.Elements>;
export type GraphNodeData = z.infer<typeof Graph.GraphNode>['data'];
export type GraphEdgeData = z.infer<typeof Graph.GraphEdge>['data'];
export type Timeline = z.infer<typeof Time.Timeline>;
export type TimelineDay = z.infer<typeof Time.TimelineDay>;
export type PairView = z.infer<typeof Time.PairView>;

export type SourceSummary = z.infer<typeof Sources.SourceSummary>;

export type Problem = z.infer<typeof Common.Problem>;
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
/** An audit entry as GET /api/changes lists it (server/schemas/changes.ts holds its schema). */
export interface Change extends ChangeInfo {
  records: string[];
  changes: { kind: string; id: string; op: 'created' | 'updated' | 'deleted'; before: unknown; after: unknown }[];
}
export interface ChangePage { items: Change[]; total: number; limit: number; offset: number }

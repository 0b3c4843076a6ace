// The named schemas of the API: each is a component in the OpenAPI document, so a generated client
// has a type per resource (ActorSummary, StatementPage, Problem, …) instead of anonymous shapes.
// Registered once, when this module loads; a schema used for requests also gets an `…Input` twin
// where its input differs (defaults), which the type provider names.
import { z } from 'zod';
import * as Records from '../domain/records.js';
import * as Actors from '../schemas/actors.js';
import { ActorRef, Problem } from '../schemas/common.js';
import * as Events from '../schemas/events.js';
import * as Graph from '../schemas/graph.js';
import * as Positions from '../schemas/positions.js';
import * as Reports from '../schemas/reports.js';
import * as Sources from '../schemas/sources.js';
import * as Statements from '../schemas/statements.js';
import * as Time from '../schemas/time.js';
import { ChangeInfoShape, RecordOp } from '../schemas/writes.js';

const NAMED: [z.ZodType, string][] = [
  [Problem, 'Problem'],
  [ActorRef, 'ActorRef'], [Actors.ActorSummary, 'ActorSummary'], [Actors.ActorPage, 'ActorPage'], [Actors.ActorDetail, 'ActorDetail'],
  [Actors.Tie, 'Tie'], [Statements.Statement, 'Statement'], [Statements.StatementPage, 'StatementPage'], [Statements.StatementDetail, 'StatementDetail'],
  [Positions.PositionSummary, 'PositionSummary'], [Positions.PositionDetail, 'PositionDetail'], [Positions.Contradiction, 'Contradiction'],
  [Events.EventItem, 'EventItem'], [Sources.SourceSummary, 'SourceSummary'], [Sources.SourceDetail, 'SourceDetail'],
  [Graph.GraphNode, 'GraphNode'], [Graph.GraphEdge, 'GraphEdge'], [Graph.Elements, 'Elements'],
  [Time.TimelineDay, 'TimelineDay'], [Time.Timeline, 'Timeline'], [Time.PairView, 'PairView'],
  [Reports.ReportParam, 'ReportParam'], [Reports.ReportSummary, 'ReportSummary'], [Reports.ReportList, 'ReportList'],
  [Reports.ReportDetail, 'ReportDetail'], [Reports.RunResult, 'RunResult'],
  [ChangeInfoShape, 'ChangeInfo'], [RecordOp, 'RecordOp'],
  [Records.Citation, 'Citation'], [Records.Source, 'SourceRecord'], [Records.Actor, 'ActorRecord'], [Records.Place, 'PlaceRecord'],
  [Records.Event, 'EventRecord'], [Records.Position, 'PositionRecord'], [Records.Tie, 'TieRecord'], [Records.Statement, 'StatementRecord'],
  [Records.SeedFile, 'SeedFile'],
];

// A schema with .describe() is in the registry already (with its description): the id joins that entry.
for (const [schema, id] of NAMED) if (!z.globalRegistry.get(schema)?.id) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });

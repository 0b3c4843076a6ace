// The named schemas of the API: each is a component in the OpenAPI document, so a generated client
// has a type per resource (ActorSummary, StatementPage, Problem, …) instead of anonymous shapes.
// Registered once, when this module loads; a schema used for requests also gets an `…Input` twin
// where its input differs (defaults), which the type provider names.
import { z } from 'zod';
import * as Api from '../api/shapes.js';
import * as Records from '../domain/records.js';
import * as Reports from '../reports/shapes.js';
import { ChangeInfoShape, RecordOp } from '../writes/respond.js';
import { Problem } from './schemas.js';

const NAMED: [z.ZodType, string][] = [
  [Problem, 'Problem'],
  [Api.ActorRef, 'ActorRef'], [Api.ActorSummary, 'ActorSummary'], [Api.ActorPage, 'ActorPage'], [Api.ActorDetail, 'ActorDetail'],
  [Api.Tie, 'Tie'], [Api.Statement, 'Statement'], [Api.StatementPage, 'StatementPage'], [Api.StatementDetail, 'StatementDetail'],
  [Api.PositionSummary, 'PositionSummary'], [Api.PositionDetail, 'PositionDetail'], [Api.Contradiction, 'Contradiction'],
  [Api.EventItem, 'EventItem'], [Api.SourceSummary, 'SourceSummary'], [Api.SourceDetail, 'SourceDetail'],
  [Api.GraphNode, 'GraphNode'], [Api.GraphEdge, 'GraphEdge'], [Api.Elements, 'Elements'],
  [Api.TimelineDay, 'TimelineDay'], [Api.Timeline, 'Timeline'], [Api.PairView, 'PairView'],
  [Reports.ReportParam, 'ReportParam'], [Reports.ReportSummary, 'ReportSummary'], [Reports.ReportList, 'ReportList'],
  [Reports.ReportDetail, 'ReportDetail'], [Reports.RunResult, 'RunResult'],
  [ChangeInfoShape, 'ChangeInfo'], [RecordOp, 'RecordOp'],
  [Records.Citation, 'Citation'], [Records.Source, 'SourceRecord'], [Records.Actor, 'ActorRecord'], [Records.Place, 'PlaceRecord'],
  [Records.Event, 'EventRecord'], [Records.Position, 'PositionRecord'], [Records.Tie, 'TieRecord'], [Records.Statement, 'StatementRecord'],
  [Records.SeedFile, 'SeedFile'],
];

// A schema with .describe() is in the registry already (with its description): the id joins that entry.
for (const [schema, id] of NAMED) if (!z.globalRegistry.get(schema)?.id) z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id });

// /api/import and /api/export: the import's options and report, and the export's format and filters.
import { z } from 'zod';
import { EXPORT_FORMATS } from '../domain/export-formats.js';
import { RECORD_KINDS } from '../records/kinds.js';
import { JobShape } from './jobs.js';
import { flag, id, idList, isoDate, stanceList, text } from './params.js';
import { ChangeInfoShape, Reason } from './writes.js';

export const ImportQuery = z.object({
  dryRun: flag.default(false).describe('true: check and report, apply nothing'),
  reason: Reason.optional(), name: text(200).optional().describe('The file name, for the audit trail'),
});
export const ImportBody = z.unknown().describe('The seed JSON object, or the CSV text');

const Ref = z.object({ kind: z.enum(RECORD_KINDS as [string, ...string[]]), id: z.string() });
export const ImportReport = z.object({
  format: z.enum(['json', 'csv']), dryRun: z.boolean(), applied: z.boolean(),
  counts: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  created: z.array(Ref), updated: z.array(Ref.extend({ fields: z.array(z.string()) })), unchanged: z.array(Ref),
  change: ChangeInfoShape.optional(),
});
export const ImportJob = JobShape.describe('The import did not finish within IMPORT_WAIT_MS: it goes on as this job (Location: /api/jobs/{id})');

export const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('json'),
  speaker: idList.describe('Speaker actor id; repeat for several'), about: idList.describe('Target id; repeat for several'),
  stance: stanceList.describe('Statements with any of these stances; repeat or comma-separate for several'), position: id.optional(), source: id.optional(), from: isoDate.optional(), to: isoDate.optional(),
  q: text().optional().describe('Words in the quote or summary'),
  actor: id.optional().describe('Only statements among the actors within depth steps of this one'),
  depth: z.coerce.number().int().min(1).max(3).default(1),
});

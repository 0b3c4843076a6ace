// What an import file becomes before it is checked against the graph: a dataset, the problems found
// reading it, and where each record came from, so every later problem names its row and field.
import type { Dataset, RecordProblem } from '../../domain/dataset.js';
import { emptyDataset } from '../../records/kinds.js';

export type ImportFormat = 'json' | 'csv';

/** One problem, named as the file's author sees it: row (CSV: line number, header = 1; JSON: position in its section), record, field. */
export interface ImportProblem { row: number; record: string; field: string; message: string }

export interface ParsedImport {
  format: ImportFormat;
  dataset: Dataset;
  problems: ImportProblem[];
  /** Names a problem found later (a reference check) by row and field. */
  locate: (problem: RecordProblem) => ImportProblem;
}

export const fileProblem = (message: string, field = ''): ImportProblem => ({ row: 0, record: 'file', field, message });

/** A file that could not be read at all: no records, one problem about the file. */
export const unreadableFile = (format: ImportFormat, message: string): ParsedImport => ({
  format, dataset: emptyDataset(), problems: [fileProblem(message)], locate: (p) => ({ row: 0, record: p.label, field: p.field, message: p.message }),
});

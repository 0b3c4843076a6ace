// The export formats: `json` is the seed format (the one that imports back: round-trippable, with a
// content checksum); `graphml` and `gexf` for Gephi and Cytoscape Desktop; `cytoscape` for Cytoscape
// JSON elements; `csv` for neo4j-admin database import (several files: a zip from the API, a folder
// from the command line). Every format is written as its records are read, a page at a time.
import type { ExportFormat } from '../../domain/export-formats.js';
import { cytoscape } from './cytoscape.js';
import { gexf } from './gexf.js';
import { graphml } from './graphml.js';
import { neo4jCsvFiles } from './neo4j-csv.js';
import type { RecordPages } from './pages.js';
import { streamedGraph } from './property-graph.js';
import { seedJson } from './seed-json.js';
import { zipped } from './zip-stream.js';


/** A file of the export, its text written when asked for, a chunk at a time. */
export interface ExportFile { name: string; text: () => AsyncGenerator<string> }

/** The export as files: one for every format but csv, one per label and type (and import.sh) for csv. */
export function exportFiles(format: ExportFormat, source: RecordPages): ExportFile[] {
  const g = streamedGraph(source);
  const one = (name: string, text: () => AsyncGenerator<string>) => [{ name, text }];
  switch (format) {
    case 'json': return one('stancegraph.json', () => seedJson(source));
    case 'graphml': return one('stancegraph.graphml', () => graphml(g));
    case 'gexf': return one('stancegraph.gexf', () => gexf(g));
    case 'cytoscape': return one('stancegraph.cyjs', () => cytoscape(g));
    case 'csv': return neo4jCsvFiles(g);
  }
}

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json', graphml: 'application/graphml+xml', gexf: 'application/gexf+xml', cytoscape: 'application/json', csv: 'application/zip',
};

export interface ExportBody { contentType: string; filename: string; chunks: AsyncGenerator<string | Uint8Array> }

/** The export as one HTTP body: several files go in a zip. */
export function exportBody(format: ExportFormat, source: RecordPages): ExportBody {
  const files = exportFiles(format, source);
  const [only] = files;
  if (files.length === 1 && only) return { contentType: `${TYPES[format]}; charset=utf-8`, filename: only.name, chunks: only.text() };
  return { contentType: TYPES[format], filename: 'stancegraph-csv.zip', chunks: zipped(files, 'stancegraph-csv/') };
}

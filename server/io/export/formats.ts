// The export formats: `json` is the seed format (the one that imports back: round-trippable, with a
// content checksum); `graphml` and `gexf` for Gephi and Cytoscape Desktop; `cytoscape` for Cytoscape
// JSON elements; `csv` for neo4j-admin database import (several files: a zip from the API, a folder
// from the command line).
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../../domain/dataset.js';
import type { ExportFormat } from '../../domain/export-formats.js';
import { canonicalDataset, checksum } from '../../records/canonical.js';
import { toCytoscape } from './cytoscape.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toNeo4jCsv } from './neo4j-csv.js';
import { propertyGraph } from './property-graph.js';

export interface Rendered { contentType: string; filename: string; body: string | Uint8Array; checksum: string }

/** The export as files: one for every format but csv, one per label and type (and import.sh) for csv. */
export function exportFiles(format: ExportFormat, d: Dataset): Map<string, string> {
  const g = () => propertyGraph(canonicalDataset(d));
  switch (format) {
    case 'json': return new Map([['stancegraph.json', `${JSON.stringify(canonicalDataset(d), null, 1)}\n`]]);
    case 'graphml': return new Map([['stancegraph.graphml', toGraphml(g())]]);
    case 'gexf': return new Map([['stancegraph.gexf', toGexf(g())]]);
    case 'cytoscape': return new Map([['stancegraph.cyjs', `${JSON.stringify(toCytoscape(g()))}\n`]]);
    case 'csv': return toNeo4jCsv(g());
  }
}

const TYPES: Record<ExportFormat, string> = {
  json: 'application/json', graphml: 'application/graphml+xml', gexf: 'application/gexf+xml', cytoscape: 'application/json', csv: 'application/zip',
};

/** The export as one HTTP body: several files go in a zip. */
export function renderExport(format: ExportFormat, d: Dataset): Rendered {
  const files = exportFiles(format, d);
  const sum = checksum(d);
  if (files.size === 1) {
    const [[filename, body]] = [...files];
    return { contentType: `${TYPES[format]}; charset=utf-8`, filename, body, checksum: sum };
  }
  const zip = zipSync(Object.fromEntries([...files].map(([name, text]) => [`stancegraph-csv/${name}`, strToU8(text)])));
  return { contentType: TYPES[format], filename: 'stancegraph-csv.zip', body: zip, checksum: sum };
}

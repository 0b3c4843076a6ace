// CSV for `neo4j-admin database import full`: a node file per label (id:ID, typed columns, :LABEL) and
// a relationship file per type (:START_ID, :END_ID, :TYPE, typed columns), plus the command that loads
// them. Strings are always quoted, so an empty unquoted field is a missing value. neo4j-admin has no
// escape for its array delimiter inside a list element, so lists are joined with U+001F (the ASCII unit
// separator, made for this) rather than ";", which aliases and excerpts do contain. This file is data for
// neo4j-admin, loaded back exactly: no cell is rewritten for spreadsheets (the report CLI's CSV is).
import { Refused } from '../../domain/errors.js';
import { fold, searchText } from '../../domain/normalize.js';
import type { ExportFile } from './formats.js';
import { EDGE_PROPS, NODE_ORDER, NODE_PROPS, labelOf, type PgEdge, type PgNode, type PropSpec, type StreamedGraph, type Value } from './property-graph.js';

/** Between the elements of a list value; neo4j-admin takes it as --array-delimiter=U+001F. */
export const ARRAY_DELIMITER = '\u001f';

const column = (p: PropSpec) => (p.type === 'string' ? p.name : `${p.name}:${p.type}`);

/** A list as one cell; an element holding the delimiter itself could not be loaded back whole, so it is refused by name. */
function joined(list: readonly string[]): string {
  const bad = list.find((element) => element.includes(ARRAY_DELIMITER));
  if (bad !== undefined) throw new Refused(`The list value ${JSON.stringify(bad)} holds the character U+001F, which the neo4j-admin CSV uses between list elements; remove it to export as csv.`);
  return list.join(ARRAY_DELIMITER);
}

// An empty list is left out like a null: neo4j-admin would read "" as a list holding one empty string.
const cell = (v: Value) => (v === null || (Array.isArray(v) && v.length === 0) ? '' : `"${(Array.isArray(v) ? joined(v) : v).replace(/"/g, '""')}"`);

/** What search needs, kept beside the data so an imported database searches like a loaded one. */
function searchColumn(n: PgNode): Value {
  if (n.label === 'Actor' || n.label === 'Place') return searchText([String(n.props.name), ...((n.props.aliases as string[] | null) ?? [])]);
  if (n.label === 'Statement') return fold(`${n.props.quote ?? ''} ${n.props.summary}`);
  return null;
}
const SEARCHED = new Set(['Actor', 'Place', 'Statement']);

/** A CSV file written a page at a time: the header, then a page of rows at a time. */
async function* csvText(header: string[], pages: AsyncIterable<Value[][]>): AsyncGenerator<string> {
  yield `${header.join(',')}\n`;
  for await (const rows of pages) yield rows.map((r) => `${r.map(cell).join(',')}\n`).join('');
}

async function* mapped<T, U>(pages: AsyncIterable<T[]>, row: (x: T) => U): AsyncGenerator<U[]> {
  for await (const page of pages) yield page.map(row);
}

/** The files, in their order in the zip: a node file per label, a relationship file per type, then import.sh. */
export function neo4jCsvFiles(g: StreamedGraph): ExportFile[] {
  const files: ExportFile[] = [];
  for (const kind of NODE_ORDER) {
    const label = labelOf(kind), specs: readonly PropSpec[] = NODE_PROPS[label];
    const extra = SEARCHED.has(label) ? ['searchText'] : [];
    const row = (n: PgNode): Value[] => [n.id, ...specs.map((p) => n.props[p.name] ?? null), ...(extra.length ? [searchColumn(n)] : []), label];
    files.push({ name: `nodes-${label}.csv`, text: () => csvText(['id:ID', ...specs.map(column), ...extra, ':LABEL'], mapped(g.nodes([kind]), row)) });
  }
  for (const [type, specs] of Object.entries(EDGE_PROPS) as [PgEdge['type'], readonly PropSpec[]][]) {
    const row = (e: PgEdge): Value[] => [e.source, e.target, type, ...specs.map((p) => e.props[p.name] ?? null)];
    files.push({ name: `relationships-${type}.csv`, text: () => csvText([':START_ID', ':END_ID', ':TYPE', ...specs.map(column)], mapped(g.edges([type]), row)) });
  }
  const script = importScript(files.map((f) => f.name));
  files.push({ name: 'import.sh', text: async function* () { yield script; } });
  return files;
}

/** The `neo4j-admin database import full` arguments after the database name, for these files in `dir`. */
export function importArguments(names: string[], dir: string): string[] {
  return [
    '--overwrite-destination=true', '--multiline-fields=true', '--array-delimiter=U+001F',
    ...names.filter((n) => n.endsWith('.csv')).map((n) => `--${n.startsWith('nodes-') ? 'nodes' : 'relationships'}=${dir}/${n}`),
    '--skip-duplicate-nodes=false', '--bad-tolerance=0',
  ];
}

function importScript(names: string[]): string {
  const args = importArguments(names, '$DIR').map((a) => `  ${a.replace(/=(.*)$/, '="$1"')} \\`);
  return [
    '#!/bin/sh',
    '# Loads these files into an empty Neo4j 5 database (the server stopped): sh import.sh [database]',
    '# stancegraph applies its constraints and indexes (cypher/schema.neo4j.cypher) when it next starts.',
    'DIR="$(cd "$(dirname "$0")" && pwd)"',
    'neo4j-admin database import full "${1:-neo4j}" \\',
    ...args.slice(0, -1),
    args.at(-1)!.replace(/ \\$/, ''),
    '',
  ].join('\n');
}

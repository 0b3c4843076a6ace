// `npm run export -- --format json|graphml|gexf|cytoscape|csv [--out path] [filters]`: the same export
// as GET /api/export. Filters: --speaker, --about (repeatable), --stance, --position, --source, --from,
// --to, --q, --actor with --depth. Without --out the file goes to stdout; csv writes a folder
// (default ./stancegraph-csv). Files are written as the graph is read, a page at a time
// (EXPORT_PAGE_SIZE records). The record counts and the content checksum go to stderr.
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { id, isoDate, text } from '../../schemas/params.js';
import { createGraphRepo } from '../../api/graph-repo.js';
import { requireKnownIds, statementFilterIds } from '../../api/known-ids.js';
import { createStatementRepo } from '../../api/statements-repo.js';
import { openDatabaseOrExit } from '../../cli/open-database.js';
import { commandLine, oneOf, valid, wholeNumber } from '../../cli/args.js';
import { loadConfig } from '../../config.js';
import { exitCodeOf } from '../../errors/outcomes.js';
import { createRecordReader } from '../../records/read.js';
import { EXPORT_FORMATS } from '../../domain/export-formats.js';
import { StreamedChecksum } from '../../records/streamed-checksum.js';
import { STANCES } from '../../domain/stances.js';
import { exportFiles } from './formats.js';
import { checksummed } from './pages.js';
import { exportPages } from './select.js';
import { writeExportFile, writeExportFiles } from './write-files.js';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out path] [--speaker id] [--about id] [--stance s]… [--position id] [--source id] [--from date] [--to date] [--q words] [--actor id --depth 1-3]`;

// The same checks as GET /api/export's query string, so a bad filter is refused, not an empty export.
const { format, out, filter } = commandLine({
  usage: USAGE,
  options: {
    format: { type: 'string', default: 'json' }, out: { type: 'string' },
    speaker: { type: 'string', multiple: true, default: [] }, about: { type: 'string', multiple: true, default: [] },
    stance: { type: 'string', multiple: true, default: [] }, position: { type: 'string' }, source: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    q: { type: 'string' }, actor: { type: 'string' }, depth: { type: 'string', default: '1' },
  },
}, ({ values }) => {
  const ids = (name: string, given: string[]) => given.map((v) => valid(name, v, id));
  const filter = {
    speakers: ids('--speaker', values.speaker), about: ids('--about', values.about),
    stances: values.stance.map((s) => oneOf('--stance', s, STANCES)),
    position: valid('--position', values.position, id.optional()), source: valid('--source', values.source, id.optional()),
    from: valid('--from', values.from, isoDate.optional()), to: valid('--to', values.to, isoDate.optional()),
    q: valid('--q', values.q, text().optional()), actor: valid('--actor', values.actor, id.optional()),
    depth: wholeNumber('--depth', values.depth, { min: 1, max: 3 }),
  };
  return { format: oneOf('--format', values.format, EXPORT_FORMATS), out: values.out, filter };
});

const config = loadConfig();
const store = await openDatabaseOrExit(config);
try {
  const records = createRecordReader(store);
  await requireKnownIds(records.kinds, statementFilterIds(filter));
  const context = { store, records, pageSize: config.EXPORT_PAGE_SIZE, signal: new AbortController().signal };
  const sum = new StreamedChecksum();
  const files = exportFiles(format, checksummed(await exportPages(context, { statements: createStatementRepo(store), graph: createGraphRepo(store) }, filter), sum));
  if (format === 'csv') {
    const dir = path.resolve(out ?? 'stancegraph-csv');
    await writeExportFiles(files, dir);
    console.error(`wrote ${files.length} files to ${dir}`);
  } else {
    const [file] = files;
    if (out) await writeExportFile(file!, out);
    else await pipeline(Readable.from(file!.text()), process.stdout, { end: false });
  }
  console.error(`${Object.entries(sum.recordCounts()).map(([k, n]) => `${k} ${n}`).join(', ')}; checksum ${sum.digest()}`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = exitCodeOf(e);
} finally {
  await store.close();
}

// `npm run export -- --format json|graphml|gexf|cytoscape|csv [--out path] [filters]`: the same export
// as GET /api/export. Filters: --speaker, --about (repeatable), --stance, --position, --source, --from,
// --to, --q, --actor with --depth. Without --out the file goes to stdout; csv writes a folder
// (default ./stancegraph-csv). The record counts and the content checksum go to stderr.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createActorRepo } from '../../api/actors-repo.js';
import { createGraphRepo } from '../../api/graph-repo.js';
import { createStatementRepo } from '../../api/statements-repo.js';
import { loadConfig } from '../../config.js';
import { checksum, recordCounts } from '../../records/canonical.js';
import { createRecordReader } from '../../records/read.js';
import { openStore } from '../../store/open-store.js';
import { EXPORT_FORMATS, exportFiles, type ExportFormat } from './formats.js';
import { selectDataset } from './select.js';

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'json' }, out: { type: 'string' },
    speaker: { type: 'string', multiple: true, default: [] }, about: { type: 'string', multiple: true, default: [] },
    stance: { type: 'string' }, position: { type: 'string' }, source: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    q: { type: 'string' }, actor: { type: 'string' }, depth: { type: 'string', default: '1' },
  },
});
const format = values.format as ExportFormat;
if (!EXPORT_FORMATS.includes(format) || !/^[1-3]$/.test(values.depth)) {
  console.error(`usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out path] [--speaker id] [--about id] [--stance s] [--position id] [--source id] [--from date] [--to date] [--q words] [--actor id --depth 1-3]`);
  process.exit(2);
}

const store = await openStore(loadConfig());
try {
  const unknown = await createActorRepo(store).unknown([...values.speaker, ...(values.actor ? [values.actor] : [])]);
  if (unknown.length > 0) throw new Error(`No actor has the id ${unknown.map((u) => `"${u}"`).join(', ')}`);
  const data = await selectDataset(createRecordReader(store), { statements: createStatementRepo(store), graph: createGraphRepo(store) }, {
    speakers: values.speaker, about: values.about, stance: values.stance, position: values.position, source: values.source,
    from: values.from, to: values.to, q: values.q, actor: values.actor, depth: Number(values.depth),
  });
  const files = exportFiles(format, data);
  if (format === 'csv') {
    const dir = path.resolve(values.out ?? 'stancegraph-csv');
    await mkdir(dir, { recursive: true });
    for (const [name, text] of files) await writeFile(path.join(dir, name), text);
    console.error(`wrote ${files.size} files to ${dir}`);
  } else {
    const [text] = [...files.values()];
    if (values.out) await writeFile(values.out, text!);
    else process.stdout.write(text!);
  }
  console.error(`${Object.entries(recordCounts(data)).map(([k, n]) => `${k} ${n}`).join(', ')}; checksum ${checksum(data)}`);
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
} finally {
  await store.close();
}

// `npm run import -- <file.json|file.csv> [--dry-run] [--reason "why"] [--as name]`: the same import as
// POST /api/import, against the configured database. Prints what was (or would be) created, updated
// and left unchanged; with any invalid row it prints every problem, applies nothing and exits 1.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.js';
import { openStore } from '../../store/open-store.js';
import { createWriteSide } from '../../writes/plugin.js';
import { ImportInvalid, describe, type ImportReport } from './assess.js';
import { runImport } from './run.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, reason: { type: 'string' }, as: { type: 'string' } } });
const file = positionals[0];
if (!file || positionals.length > 1 || !/\.(json|csv)$/i.test(file)) {
  console.error('usage: npm run import -- <file.json|file.csv> [--dry-run] [--reason "why"] [--as name]');
  process.exit(2);
}

const content = await readFile(file, 'utf8');
const store = await openStore(loadConfig());
try {
  const result = await runImport(createWriteSide(store), { format: file.toLowerCase().endsWith('.csv') ? 'csv' : 'json', content, name: path.basename(file) }, {
    dryRun: values['dry-run'], reason: values.reason ?? null,
    context: { who: values.as ?? `cli:${userInfo().username}`, fingerprint: createHash('sha256').update(content).digest('hex') },
  });
  const r = result.body as ImportReport;
  const list = (label: string, refs: { kind: string; id: string; fields?: string[] }[]) => {
    if (refs.length > 0) console.log(`${label}:\n${refs.map((x) => `  ${x.kind} ${x.id}${x.fields ? ` (${x.fields.join(', ')})` : ''}`).join('\n')}`);
  };
  list(r.dryRun ? 'would create' : 'created', r.created);
  list(r.dryRun ? 'would update' : 'updated', r.updated);
  console.log(`${r.dryRun ? 'Dry run, nothing applied' : `Applied (change ${r.change?.id})`}: ${r.counts.created} created, ${r.counts.updated} updated, ${r.counts.unchanged} unchanged.`);
} catch (e) {
  if (!(e instanceof ImportInvalid)) throw e;
  console.error(`${file}: ${e.problems.length} problem(s); nothing was applied.\n${e.problems.map((p) => `  ${describe(p)}`).join('\n')}`);
  process.exitCode = 1;
} finally {
  await store.close();
}

// `npm run import -- <file.json|file.csv> [--dry-run] [--reason "why"] [--as name]`: the same import as
// POST /api/import, against the configured database. Prints what was (or would be) created, updated
// and left unchanged; with any invalid row it prints every problem, applies nothing and exits 1.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { text } from '../../schemas/params.js';
import { openDatabaseOrExit } from '../../cli/open-database.js';
import { commandLine, UsageError, valid } from '../../cli/args.js';
import { loadConfig } from '../../config.js';
import { exitCodeOf } from '../../errors/outcomes.js';
import { Reason } from '../../schemas/writes.js';
import { createWriteSide } from '../../writes/plugin.js';
import { ImportInvalid, describe, type ImportReport } from './assess.js';
import { runImport } from './run.js';

// An unreadable file is bad input like a bad option: refused before the database is opened.
// A CSV stays bytes, so that the import refuses one that is not UTF-8 instead of reading it wrong.
function readable(file: string): string | Buffer {
  try {
    return /\.csv$/i.test(file) ? readFileSync(file) : readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the file "${file}" (${(e as Error).message})`);
  }
}

const USAGE = 'usage: npm run import -- <file.json|file.csv> [--dry-run] [--reason "why"] [--as name]';

const { file, content, dryRun, reason, who } = commandLine({
  usage: USAGE, positionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, reason: { type: 'string' }, as: { type: 'string' } },
}, ({ values, positionals }) => {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the file to import' : `one file at a time, not ${positionals.length} (${positionals.join(', ')})`);
  const file = positionals[0]!;
  if (!/\.(json|csv)$/i.test(file)) throw new UsageError(`the file must end in .json or .csv, not "${file}"`);
  return {
    file, content: readable(file), dryRun: values['dry-run'], reason: valid('--reason', values.reason, Reason.optional()) ?? null,
    who: valid('--as', values.as, text().min(1, 'must not be empty').optional()) ?? `cli:${userInfo().username}`,
  };
});

const store = await openDatabaseOrExit(loadConfig());
try {
  const result = await runImport(createWriteSide(store), { format: file.toLowerCase().endsWith('.csv') ? 'csv' : 'json', content, name: path.basename(file) }, {
    dryRun, reason, context: { who, fingerprint: createHash('sha256').update(content).digest('hex') },
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
  console.error(`${file}: ${e.rows.length} problem(s); nothing was applied.\n${e.rows.map((p) => `  ${describe(p)}`).join('\n')}`);
  process.exitCode = exitCodeOf(e);
} finally {
  await store.close();
}

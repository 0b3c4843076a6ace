// `npm run report -- --list` and `npm run report -- <name> --param key=value ... --format table|csv|json`:
// runs a saved report against the configured engine, with the same checks and messages as the API.
// Exit codes: 0 done, 2 bad input (unknown report, bad or unknown parameter, unknown actor), 1 anything else.
import { createActorRepo } from '../api/actors-repo.js';
import { commandLine, oneOf, UsageError } from '../cli/args.js';
import { loadConfig, type Config } from '../config.js';
import { HttpProblem } from '../plugins/problems.js';
import { openStore } from '../store/open-store.js';
import type { GraphStore } from '../store/store.js';
import { countNodes } from '../store/load-dataset.js';
import { loadReportCatalog, type ReportCatalog } from './catalog.js';
import { FORMATS, formatCatalog, formatResult, summaryLine } from './format.js';
import { createReportRunner, findReport } from './runner.js';
import { verifyReports } from './verify.js';

const USAGE = `Usage:
  npm run report -- --list
  npm run report -- <report> [--param name=value ...] [--format table|csv|json]`;

// Every usage check runs before the configuration is read or the database opened.
const args = commandLine({
  usage: USAGE, positionals: true,
  options: { list: { type: 'boolean' }, param: { type: 'string', short: 'p', multiple: true }, format: { type: 'string', short: 'f', default: 'table' } },
}, ({ values, positionals }) => {
  const format = oneOf('--format', values.format, FORMATS);
  if (!values.list && positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name a report, or --list' : `one report at a time (got ${positionals.join(', ')})`);
  const params: Record<string, string> = {};
  for (const p of values.param ?? []) {
    const at = p.indexOf('=');
    if (at <= 0) throw new UsageError(`--param takes name=value, not "${p}"`);
    const name = p.slice(0, at);
    if (name in params) throw new UsageError(`--param ${name} is given twice`);
    params[name] = p.slice(at + 1);
  }
  return { list: values.list === true, name: positionals[0] ?? '', params, format };
});

async function runOne(config: Config, catalog: ReportCatalog, store: GraphStore, { name, params, format }: typeof args) {
  await verifyReports(catalog, store);
  if (Object.values(await countNodes(store)).every((n) => n === 0)) console.error('Note: the database is empty; load it with `npm run seed`.');
  const runner = createReportRunner({ store, catalog, actors: createActorRepo(store), timeoutMs: config.QUERY_TIMEOUT_MS, rowCap: config.QUERY_ROW_CAP });
  const result = await runner.run(name, params);
  console.log(formatResult(result, format));
  console.error(summaryLine(result));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const catalog = loadReportCatalog(config.NEO4J_URI ? 'neo4j' : 'ladybug');
  if (args.list) {
    console.log(formatCatalog(catalog.values()));
    return;
  }
  // Unknown names are refused before the database is opened.
  findReport(catalog, args.name);
  const store = await openStore(config);
  try {
    await runOne(config, catalog, store, args);
  } finally {
    await store.close();
  }
}

main().catch((e: Error) => {
  console.error(`error: ${e.message}`);
  process.exitCode = e instanceof HttpProblem && e.status < 500 ? 2 : 1;
});

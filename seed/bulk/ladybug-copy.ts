// Builds a fresh LadybugDB database file from load tables with COPY FROM: CSV files written to a work
// folder, or a parameter list for lists that CSV cannot carry intact in 0.19.1 (see csv.ts). Ends with
// the relationships derived from the statements (one COPY from a query) and a CHECKPOINT, so the file
// alone holds the whole graph.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import lbug from '@ladybugdb/core';
import type { Connection } from '@ladybugdb/core';
import { loadQueryCatalog, loadSchema } from '../../server/queries/catalog.js';
import { newDatabase } from '../../server/store/ladybug-open.js';
import { allRows, run } from '../../server/store/ladybug-results.js';
import type { LoadTable } from '../../server/store/store.js';
import { COPY_PLAN, columnFields, type CopyTarget } from './copy-plan.js';
import { copyOptions, writeCsv } from './csv.js';

export interface CopyReport { nodes: number; relationships: number; ms: number; tables: { table: string; rows: number; ms: number }[] }

type Row = Record<string, unknown>;
interface Copy { target: CopyTarget; rows: Row[] }
/** A copy with its input ready: how many rows it loads, and how to run the COPY that loads them. */
interface Ready { rows: number; run: (conn: Connection) => Promise<void> }
const NOTHING: Ready = { rows: 0, run: async () => undefined };
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

export async function buildDatabase(file: string, tables: LoadTable[], workDir: string): Promise<CopyReport> {
  const started = performance.now();
  const db = newDatabase(file);
  const conn = new lbug.Connection(db);
  const report: CopyReport = { nodes: 0, relationships: 0, ms: 0, tables: [] };
  const copies: Copy[] = tables.flatMap(({ query, rows }) => COPY_PLAN[query as keyof typeof COPY_PLAN].map((target) => ({ target, rows })));
  let ahead: ReturnType<typeof prepareAhead> | undefined;
  try {
    for (const statement of loadSchema('ladybug')) await run(conn.query(statement));
    for (const { target } of copies) await checkColumns(conn, target);
    ahead = prepareAhead(copies, workDir);
    for (const [i, { target }] of copies.entries()) {
      const ready = await ahead.readies[i]!;
      const t0 = performance.now();
      await ready.run(conn);
      report.tables.push({ table: target.pair ? `${target.table}(${target.pair.join('→')})` : target.table, rows: ready.rows, ms: Math.round(performance.now() - t0) });
      if (target.from) report.relationships += ready.rows; else report.nodes += ready.rows;
    }
    // Derived, so not counted among the dataset's relationships; its time is the load's.
    const t0 = performance.now();
    const [copied] = await allRows(conn.query(loadQueryCatalog('ladybug').get('derive/spoke-about-all')!));
    report.tables.push({ table: 'SPOKE_ABOUT (derived)', rows: Number.parseInt(String(copied?.result), 10), ms: Math.round(performance.now() - t0) });
    await run(conn.query('CHECKPOINT'));
  } finally {
    await ahead?.stop();
    await conn.close();
    await db.close();
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

/**
 * Prepares the copies in order, each as soon as the one before is ready: the engine copies on its own
 * threads, so the files are written while it works; the copies themselves run one after another on the
 * connection. `stop` waits for the file being written, so none is left being written after a failure.
 */
function prepareAhead(copies: Copy[], workDir: string): { readies: Promise<Ready>[]; stop: () => Promise<void> } {
  let stopped = false;
  const readies: Promise<Ready>[] = [];
  let previous: Promise<unknown> = Promise.resolve();
  for (const c of copies) {
    // A turn of the event loop first: the copy that waited for the previous file starts before this
    // preparation holds the thread.
    const ready = previous.then(nextTurn).then(() => (stopped ? NOTHING : prepare(c, workDir)));
    // Awaited in order by the copies; one that fails while an earlier copy runs is reported when reached.
    ready.catch(() => undefined);
    readies.push(ready);
    previous = ready;
  }
  return { readies, stop: async () => { stopped = true; await Promise.allSettled(readies); } };
}

async function prepare({ target, rows }: Copy, workDir: string): Promise<Ready> {
  const fields = columnFields(target);
  const kept = target.from ? lastPerEnds(target, rows) : rows;
  if (kept.length === 0) return NOTHING;
  const file = path.join(workDir, `${target.table}-${target.pair?.[1] ?? 'all'}.csv`);
  const written = await writeCsv(file, kept, fields);
  if (written) {
    const pair = target.pair ? `from='${target.pair[0]}', to='${target.pair[1]}', ` : '';
    const copy = `COPY ${target.table} FROM '${file.replace(/'/g, "\\'")}' (${pair}${copyOptions(written.multiline)})`;
    return { rows: kept.length, run: (conn) => run(conn.query(copy)) };
  }
  // Lists CSV cannot carry intact: the rows go as a parameter and COPY reads them from a subquery.
  const columns = fields.map((_, i) => `c${i}`);
  const params = { rows: kept.map((r) => Object.fromEntries(fields.map((f, i) => [columns[i], r[f] ?? null]))) };
  return {
    rows: kept.length,
    run: async (conn) => {
      const statement = await conn.prepare(`COPY ${target.table} FROM (UNWIND $rows AS r RETURN ${columns.map((c) => `r.${c}`).join(', ')})`);
      if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
      await run(conn.execute(statement, params as never));
    },
  };
}

/**
 * One row per pair of ends (and merged-on properties), the last one listed winning: the same answer as
 * the MERGE … SET of the normal load, which links a pair once and keeps the last properties written.
 */
function lastPerEnds(target: CopyTarget, rows: Row[]): Row[] {
  const byEnds = new Map<string, Row>();
  const keyFields = [target.from!, target.to!, ...(target.mergedOn ?? [])];
  for (const r of rows) {
    const key = keyFields.map((f) => r[f]).join('\u0000');
    byEnds.delete(key);
    byEnds.set(key, r);
  }
  return [...byEnds.values()];
}

/** The plan and the schema must agree on the columns, or the copy would fill the wrong ones. */
async function checkColumns(conn: Connection, target: CopyTarget): Promise<void> {
  const names = (await allRows(conn.query(`CALL table_info('${target.table}') RETURN name`))).map((r) => String(r.name));
  const expected = target.fields.length;
  if (names.length !== expected) {
    throw new Error(`The bulk copy plan for ${target.table} lists ${expected} column(s) but the schema has ${names.length} (${names.join(', ')}); update seed/bulk/copy-plan.ts`);
  }
}

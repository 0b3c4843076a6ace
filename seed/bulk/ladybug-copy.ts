// Builds a fresh LadybugDB database file from load tables with COPY FROM: CSV files written to a work
// folder for plain columns, a parameter list for tables with list columns (LadybugDB 0.19.1 keeps the
// quotes of quoted CSV list items). Ends with a CHECKPOINT, so the file alone holds the whole graph.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import lbug from '@ladybugdb/core';
import type { Connection } from '@ladybugdb/core';
import { loadSchema } from '../../server/queries/catalog.js';
import { allRows, run } from '../../server/store/ladybug-results.js';
import type { LoadTable } from '../../server/store/store.js';
import { COPY_PLAN, rowValues, type CopyTarget } from './copy-plan.js';
import { writeCsv } from './csv.js';

export interface CopyReport { nodes: number; relationships: number; ms: number; tables: { table: string; rows: number; ms: number }[] }

export async function buildDatabase(file: string, tables: LoadTable[], workDir: string): Promise<CopyReport> {
  const started = performance.now();
  const db = new lbug.Database(file);
  const conn = new lbug.Connection(db);
  const report: CopyReport = { nodes: 0, relationships: 0, ms: 0, tables: [] };
  try {
    for (const statement of loadSchema('ladybug')) await run(conn.query(statement));
    for (const { query, rows } of tables) {
      for (const target of COPY_PLAN[query as keyof typeof COPY_PLAN]) {
        const t0 = performance.now();
        const copied = await copyTable(conn, target, rows, workDir);
        report.tables.push({ table: target.pair ? `${target.table}(${target.pair.join('→')})` : target.table, rows: copied, ms: Math.round(performance.now() - t0) });
        if (target.from) report.relationships += copied; else report.nodes += copied;
      }
    }
    await run(conn.query('CHECKPOINT'));
  } finally {
    await conn.close();
    await db.close();
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

async function copyTable(conn: Connection, target: CopyTarget, rows: Record<string, unknown>[], workDir: string): Promise<number> {
  await checkColumns(conn, target);
  const values = target.from ? lastPerEnds(target, rows) : rows.map((r) => rowValues(target, r));
  if (values.length === 0) return 0;
  const pair = target.pair ? `from='${target.pair[0]}', to='${target.pair[1]}', ` : '';
  if (values.some((v) => v.some(Array.isArray))) {
    // Lists cannot travel in CSV here: the rows go as a parameter and COPY reads them from a subquery.
    const columns = values[0]!.map((_, i) => `c${i}`);
    const statement = await conn.prepare(`COPY ${target.table} FROM (UNWIND $rows AS r RETURN ${columns.map((c) => `r.${c}`).join(', ')})`);
    if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
    await run(conn.execute(statement, { rows: values.map((v) => Object.fromEntries(v.map((x, i) => [columns[i], x]))) } as never));
  } else {
    const file = path.join(workDir, `${target.table}-${target.pair?.[1] ?? 'all'}.csv`);
    const { multiline } = await writeCsv(file, values);
    await run(conn.query(`COPY ${target.table} FROM '${file.replace(/'/g, "\\'")}' (${pair}header=false, escape='"', parallel=${multiline ? 'false' : 'true'})`));
  }
  return values.length;
}

/**
 * One row per pair of ends, the last one listed winning: the same answer as the MERGE … SET of the
 * normal load, which links a pair once and keeps the last properties written.
 */
function lastPerEnds(target: CopyTarget, rows: Record<string, unknown>[]): unknown[][] {
  const byEnds = new Map<string, unknown[]>();
  for (const r of rows) {
    const v = rowValues(target, r);
    const key = `${v[0]}\u0000${v[1]}`;
    byEnds.delete(key);
    byEnds.set(key, v);
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

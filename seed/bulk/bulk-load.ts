// The bulk load path: the same validated dataset as `npm run seed`, loaded the fastest way the engine
// has. Embedded: a fresh database built with COPY FROM and swapped in (the graph becomes exactly the
// files). Neo4j: the seed's own upserts in one transaction, with batch sizes chosen by measurement.
import { performance } from 'node:perf_hooks';
import type { Config } from '../../server/config.js';
import { openStore } from '../../server/store/open-store.js';
import type { Dataset } from '../../server/domain/dataset.js';
import { loadTables } from '../../server/domain/load-plan.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { buildDatabase, type CopyReport } from './ladybug-copy.js';
import { replaceDatabase } from './staged-swap.js';

export interface BulkReport { backend: 'embedded' | 'neo4j'; relationships: number; ms: number; copy?: CopyReport }

export async function bulkLoad(config: Config, d: Dataset): Promise<BulkReport> {
  const started = performance.now();
  if (config.NEO4J_URI) {
    const store = await openStore(config);
    try {
      await loadDataset(store, d);
    } finally {
      await store.close();
    }
    return { backend: 'neo4j', relationships: relationshipsIn(d), ms: Math.round(performance.now() - started) };
  }
  const copy = await replaceDatabase(config.DATA_DIR, (file, workDir) => buildDatabase(file, loadTables(d), workDir));
  return { backend: 'embedded', relationships: copy.relationships, ms: Math.round(performance.now() - started), copy };
}

/** Relationships a dataset makes once loaded (ties, event links and sources, each statement's links). */
export function relationshipsIn(d: Dataset): number {
  const perStatement = d.statements.reduce((n, s) => n + 1 + s.about.length + s.positions.length + s.sources.length + s.respondsTo.length, 0);
  const perEvent = d.events.reduce((n, e) => n + e.places.length + e.participants.length + e.sources.length, 0);
  return perStatement + perEvent + d.ties.length;
}

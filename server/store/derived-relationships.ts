// The relationships derived from statements ("spoke about", cypher/derive/) are kept by every load and
// write. A graph made without them (by neo4j-admin import of an export), or by an earlier version that
// did not keep their statement keys (or, on Neo4j, their fold per pair), gets them built again once, as
// the store opens.
import type { QueryName } from '../queries/names.js';
import type { GraphStore } from './store.js';

/** Builds them where missing; then each of the engine's own steps (`afterwards`), each in a transaction of its own. */
export async function deriveWhereMissing(store: Pick<GraphStore, 'read' | 'write'>, afterwards: readonly QueryName[] = []): Promise<void> {
  const [row] = await store.read('derive/spoke-about-missing');
  if (row?.missing !== true) return;
  await store.write([{ query: 'derive/clear-spoke-about-all', params: {} }, { query: 'derive/spoke-about-all', params: {} }]);
  for (const query of afterwards) await store.write([{ query, params: {} }]);
}

// The relationships derived from statements ("spoke about", cypher/derive/) are kept by every load and
// write. A graph made without them (by neo4j-admin import of an export), or by an earlier version that
// did not keep their statement keys (or, on Neo4j, their fold per pair), gets them built again once, as
// the store opens.
import type { GraphStore } from './store.js';

export async function deriveWhereMissing(store: Pick<GraphStore, 'backend' | 'read' | 'write'>): Promise<void> {
  const [row] = await store.read('derive/spoke-about-missing');
  if (row?.missing !== true) return;
  await store.write([{ query: 'derive/clear-spoke-about-all', params: {} }, { query: 'derive/spoke-about-all', params: {} }]);
  // Neo4j's fold per pair, in its own transaction: with the ones per stance in one, a large graph's
  // went past the transaction memory. Missing, it is built again at the next start.
  if (store.backend === 'neo4j') await store.write([{ query: 'derive/spoke-about-pairs-all', params: {} }]);
}

// The relationships derived from statements ("spoke about", cypher/derive/) are kept by every load and
// write. A graph made without them (by neo4j-admin import of an export), or by an earlier version that
// did not keep their statement keys, gets them built again once, as the store opens.
import type { GraphStore } from './store.js';

export async function deriveWhereMissing(store: Pick<GraphStore, 'read' | 'write'>): Promise<void> {
  const [row] = await store.read('derive/spoke-about-missing');
  if (row?.missing === true) await store.write([{ query: 'derive/clear-spoke-about-all', params: {} }, { query: 'derive/spoke-about-all', params: {} }]);
}

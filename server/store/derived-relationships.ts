// The relationships derived from statements ("spoke about", cypher/derive/) are kept by every load and
// write. A graph made without them (by an earlier version, or by neo4j-admin import of an export) gets
// them built once, as the store opens.
import type { GraphStore } from './store.js';

export async function deriveWhereMissing(store: Pick<GraphStore, 'read' | 'write'>): Promise<void> {
  const [row] = await store.read('derive/spoke-about-missing');
  if (row?.missing === true) await store.write([{ query: 'derive/spoke-about-all', params: {} }]);
}

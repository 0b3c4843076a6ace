// A LadybugDB graph made before statements kept their links text (server/domain/statement-links.ts)
// gets it written once, as the store opens: each statement read back as its record from the
// relationships, and its text made as every load makes it; one write, so it lands whole.
import type { Statement } from '../domain/records.js';
import { statementLinksText } from '../domain/statement-links.js';
import { createRecordReader } from '../records/read.js';
import type { GraphStore } from './store.js';

/** Statements read back at a time, so the records of a large graph are never all in memory at once. */
const CHUNK = 5000;

export async function writeLinksWhereMissing(store: GraphStore): Promise<void> {
  const ids = (await store.read('derive/statement-links-missing')).map((r) => String(r.id));
  const reader = createRecordReader(store);
  const steps = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const statements = (await reader.byIds('statement', ids.slice(i, i + CHUNK))) as Statement[];
    // An empty list would fail: LadybugDB cannot type an empty UNWIND list.
    if (statements.length > 0) steps.push({ query: 'derive/statement-links' as const, params: { rows: statements.map((s) => ({ id: s.id, links: statementLinksText(s) })) } });
  }
  if (steps.length > 0) await store.write(steps);
}

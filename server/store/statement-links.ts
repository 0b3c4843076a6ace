// A LadybugDB graph made before statements kept their links text (server/domain/statement-links.ts)
// gets it written once, from the relationships, as the store opens: one write, so it lands whole.
import type { Statement } from '../domain/records.js';
import { linksText } from '../domain/statement-links.js';
import type { GraphStore, Row } from './store.js';

/** Ids per read of their links (records/statement-parts looks each up by its key). */
const CHUNK = 5000;

/** The links of one statement from its records/statement-parts rows (a row per link: part, ref, detail, rank, extra). */
function linksOfParts(rows: Row[]): string {
  const of = (part: string) => rows.filter((r) => r.part === part);
  const text = (v: unknown) => String(v);
  return linksText({
    speakers: of('speakers').sort((a, b) => Number(a.rank) - Number(b.rank)).map((r) => text(r.ref)),
    relayedBy: of('relayedBy')[0] ? text(of('relayedBy')[0]!.ref) : null,
    about: of('about').map((r) => ({ target: text(r.ref), stance: r.detail as Statement['about'][number]['stance'] })),
    positions: of('positions').map((r) => ({ position: text(r.ref), stance: r.detail as Statement['positions'][number]['stance'], figure: r.extra ? text(r.extra) : null })),
    sources: of('sources').map((r) => ({ source: text(r.ref), excerpt: text(r.detail) })),
  });
}

export async function writeLinksWhereMissing(store: Pick<GraphStore, 'read' | 'write'>): Promise<void> {
  const ids = (await store.read('derive/statement-links-missing')).map((r) => String(r.id));
  const rows: { id: string; links: string }[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const byStatement = new Map<string, Row[]>();
    for (const r of await store.read('records/statement-parts', { ids: ids.slice(i, i + CHUNK) })) {
      byStatement.set(String(r.owner), [...(byStatement.get(String(r.owner)) ?? []), r]);
    }
    for (const [id, parts] of byStatement) rows.push({ id, links: linksOfParts(parts) });
  }
  const steps = [];
  for (let i = 0; i < rows.length; i += CHUNK) steps.push({ query: 'derive/statement-links' as const, params: { rows: rows.slice(i, i + CHUNK) } });
  if (steps.length > 0) await store.write(steps);
}

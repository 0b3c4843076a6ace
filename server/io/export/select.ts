// What an export holds: the whole graph, or a filter's part of it — the statements the statements
// endpoint would list (speaker, about, stance, position, source, from, to, q), optionally within an
// actor's neighbourhood (actor, depth) — closed over what they name, so the part is itself a valid
// seed file: speakers, targets, positions, sources, cited events with their places, participants and
// sources, the statements they respond to, and the ties among the actors included.
import type { Event, Statement } from '../../domain/records.js';
import type { StatementFilter } from '../../api/statements-repo.js';
import type { Repos } from '../../plugins/repos.js';
import { EDGE_TYPES } from '../../domain/vocabulary.js';
import { graphPages, selectionPages, type PagingContext, type RecordPages, type Selection } from './pages.js';

export interface ExportFilter extends StatementFilter { actor?: string; depth?: number }

const isEmpty = (f: ExportFilter) => !f.actor && !f.speakers?.length && !f.about?.length && !f.stances?.length && !f.position && !f.source && !f.from && !f.to && !f.q;

/** Statements read a page at a time, for the names they hold. */
async function* statementPages(context: PagingContext, ids: string[]): AsyncGenerator<Statement[]> {
  for (let i = 0; i < ids.length; i += context.pageSize) {
    context.signal.throwIfAborted();
    yield (await context.records.byIds('statement', ids.slice(i, i + context.pageSize))) as Statement[];
  }
}

/** The ids of a filter's part of the graph; its records are read afterwards, a page at a time (pages.ts). */
async function selectRecords(context: PagingContext, repos: Pick<Repos, 'statements' | 'graph'>, f: ExportFilter): Promise<Selection> {
  const { records: reader, signal } = context;
  const circle = f.actor
    ? (await repos.graph.neighborhood(f.actor, f.depth ?? 1, 2000, { include: [...EDGE_TYPES], stances: [] }, { statementIds: false }, signal)).nodes.map((n) => String(n.data.id))
    : [];
  signal.throwIfAborted();
  const statementIds = new Set(await repos.statements.ids({
    ...f, speakers: f.speakers?.length ? f.speakers : circle, about: f.about?.length ? f.about : circle,
  }));
  // The statements they respond to come along, and the ones those respond to.
  let frontier = [...statementIds];
  const named = new Set<string>(circle);
  while (frontier.length > 0) {
    const next: string[] = [];
    for await (const found of statementPages(context, frontier)) {
      for (const s of found) {
        [s.speaker, ...s.speakers, ...(s.relayedBy ? [s.relayedBy] : []), ...s.about.map((a) => a.target), ...s.positions.map((p) => p.position), ...s.sources.map((c) => c.source)].forEach((x) => named.add(x));
        for (const r of s.respondsTo) if (!statementIds.has(r)) { statementIds.add(r); next.push(r); }
      }
    }
    frontier = next;
  }
  signal.throwIfAborted();
  const kinds = await reader.kinds([...named]);
  const events = (await reader.byIds('event', [...kinds].filter(([, k]) => k === 'event').map(([id]) => id))) as Event[];
  const eventRefs = events.flatMap((e) => [...e.places, ...e.participants.map((p) => p.actor), ...e.sources.map((c) => c.source)]);
  signal.throwIfAborted();
  for (const [id, kind] of await reader.kinds(eventRefs)) kinds.set(id, kind);
  const actors = [...kinds].filter(([, k]) => k === 'actor').map(([id]) => id);
  signal.throwIfAborted();
  const ties = await reader.ties({ actors });
  for (const [id, kind] of await reader.kinds(ties.map((t) => t.source))) kinds.set(id, kind);
  for (const id of statementIds) kinds.set(id, 'statement');
  return { ids: kinds, actors };
}

/** What an export writes: the whole graph, or the filter's part of it, read a page at a time. */
export async function exportPages(context: PagingContext, repos: Pick<Repos, 'statements' | 'graph'>, f: ExportFilter): Promise<RecordPages> {
  return isEmpty(f) ? graphPages(context) : selectionPages(context, await selectRecords(context, repos, f));
}

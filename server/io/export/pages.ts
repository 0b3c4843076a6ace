// The records an export writes, read a page at a time in canonical order (by id; ties by their name
// `TYPE:from:to`), so an export never holds the graph: the whole graph by keyset paging on each kind's
// id, or a selection's ids (select.ts) hydrated a page at a time. Every read first checks the export's
// signal, so a client that leaves stops the reading at the next page.
import { typedReader, type Read } from '../../queries/reads.js';
import type { Dataset } from '../../domain/dataset.js';
import { canonicalDataset, compareIds } from '../../records/canonical.js';
import { SECTION, recordId, type AnyRecord, type NodeKind, type RecordKind } from '../../records/kinds.js';
import { tieOf, type RecordReader } from '../../records/read.js';
import type { StreamedChecksum } from '../../records/streamed-checksum.js';
import type { GraphStore } from '../../store/store.js';

/** `links: false` asks for statements' own fields alone (see RecordReader.fromRows). */
export interface PageOptions { links?: boolean }

export interface RecordPages {
  /** This kind's records in canonical order, a page at a time. */
  pages(kind: RecordKind, options?: PageOptions): AsyncGenerator<AnyRecord[]>;
}

/** What an export selected (select.ts): its nodes' ids by kind, and the actors whose ties among them it holds. */
export interface Selection { ids: Map<string, NodeKind>; actors: string[] }

const PAGE_QUERY = {
  actor: 'records/actors-page', place: 'records/places-page', position: 'records/positions-page', source: 'records/sources-page',
  event: 'records/events-page', statement: 'records/statements-page',
} as const satisfies Record<NodeKind, string>;

export interface PagingContext { store: GraphStore; records: RecordReader; pageSize: number; signal: AbortSignal }

/** Ties a page at a time: every tie, or those with both ends among the actors. */
async function* tiePages(read: Read, { pageSize, signal }: PagingContext, filter: { every: boolean; actors: string[] }) {
  for (let after = ''; ;) {
    signal.throwIfAborted();
    const rows = await read('records/ties-page', { ...filter, after, limit: pageSize });
    if (rows.length > 0) yield rows.map(tieOf);
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.key;
  }
}

/** The whole graph, each kind by keyset paging on its id. */
export function graphPages(context: PagingContext): RecordPages {
  const { store, records, pageSize, signal } = context;
  const read = typedReader(store);
  return {
    async *pages(kind, options) {
      if (kind === 'tie') return yield* tiePages(read, context, { every: true, actors: [] });
      for (let after = ''; ;) {
        signal.throwIfAborted();
        const rows = await read(PAGE_QUERY[kind], { after, limit: pageSize });
        signal.throwIfAborted();
        if (rows.length > 0) yield await records.fromRows(kind, rows, options);
        if (rows.length < pageSize) return;
        after = rows.at(-1)!.id;
      }
    },
  };
}

/** A selection's records: its ids sorted, hydrated a page at a time; ties among its actors by keyset paging. */
export function selectionPages(context: PagingContext, selection: Selection): RecordPages {
  const { store, records, pageSize, signal } = context;
  const read = typedReader(store);
  return {
    async *pages(kind, options) {
      if (kind === 'tie') return yield* tiePages(read, context, { every: false, actors: selection.actors });
      const ids = [...selection.ids].filter(([, k]) => k === kind).map(([id]) => id).sort(compareIds);
      for (let i = 0; i < ids.length; i += pageSize) {
        signal.throwIfAborted();
        const page = await records.byIds(kind, ids.slice(i, i + pageSize), options);
        yield page.sort((a, b) => compareIds(recordId(kind, a), recordId(kind, b)));
      }
    },
  };
}

/**
 * The same pages, each record also added to the checksum on the first pass over its kind that reads
 * the records whole (a pass over statements without their links does not).
 */
export function checksummed(source: RecordPages, sum: StreamedChecksum): RecordPages {
  const claimed = new Set<RecordKind>();
  return {
    async *pages(kind, options) {
      const feeds = !claimed.has(kind) && (kind !== 'statement' || options?.links !== false);
      if (feeds) claimed.add(kind);
      for await (const page of source.pages(kind, options)) {
        if (feeds) for (const record of page) sum.add(kind, record);
        yield page;
      }
      if (feeds) sum.end(kind);
    },
  };
}

/** A dataset already in memory (a generated one), in canonical order: each kind as one page. */
export function datasetPages(d: Dataset): RecordPages {
  const canonical = canonicalDataset(d);
  return {
    async *pages(kind) {
      const records = canonical[SECTION[kind]] as AnyRecord[];
      if (records.length > 0) yield records;
    },
  };
}

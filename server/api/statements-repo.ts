// Statements: finding them by filters, and fetching them whole (speaker, targets, positions, sources).
import type { z } from 'zod';
import { fold } from '../domain/normalize.js';
import { parseLinks, type StatementLinks } from '../domain/statement-links.js';
import { typedReader, type ReadRow } from '../queries/reads.js';
import { hydratesInOneQuery, keysInPageOrder, pairOf, statementOfKey, STATEMENT_JOIN_WEIGHT, statementQueries } from '../queries/reads/statements.js';
import type { GraphStore } from '../store/store.js';
import type { Statement } from '../schemas/statements.js';
import { dateRange } from './params.js';

export type StatementJson = z.infer<typeof Statement>;

export interface StatementFilter {
  speakers?: string[]; about?: string[]; involving?: string[]; stances?: string[]; position?: string; source?: string;
  from?: string; to?: string; q?: string;
}

type WholeRow = ReadRow<'statements-whole'>;
/** Strings in code-point order, as the engines' ORDER BY sorts them. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A statement as the API gives it, from its fields and its links (in whatever order the engine found them). */
function whole(r: WholeRow): StatementJson {
  const speakers = [...r.speakers].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map(({ id, name, kind }) => ({ id, name, kind }));
  return {
    id: r.id, quote: r.quote, summary: r.summary, date: r.date, datePrecision: r.datePrecision, channel: r.channel, lang: r.lang, modality: r.modality,
    speaker: speakers[0]!, speakers, relayedBy: r.relayer, documentVoice: r.documentVoice === true,
    about: [...r.about].sort((a, b) => a.name.localeCompare(b.name)),
    positions: [...r.positions].sort((a, b) => byText(a.id, b.id)).map((x) => ({ ...x, figure: x.figure || null })),
    sources: [...r.sources].sort((a, b) => byText(a.id, b.id) || byText(a.excerpt, b.excerpt)),
  };
}

const inOneQuery = (rows: WholeRow[]) => new Map(rows.map((r) => [r.id, whole(r)]));

type NameRow = ReadRow<'link-names'>;

/** Each statement's links and the names they point to (statements-with-links, link-names), put together as statements-whole gives them. */
function linkedStatements(rows: (Omit<ReadRow<'statements-with-links'>, 'links'> & { links: StatementLinks })[], names: NameRow[]): Map<string, StatementJson> {
  const byKey = new Map(names.map((n) => [`${n.nodeType}:${n.id}`, n]));
  const named = (id: string, ...types: NameRow['nodeType'][]) => {
    const found = types.map((type) => byKey.get(`${type}:${id}`)).find((n) => n !== undefined);
    if (!found) throw new Error(`A statement's links name "${id}", which is no ${types.join(' or ')} in the graph`);
    return found;
  };
  const ref = (id: string, ...types: NameRow['nodeType'][]) => { const n = named(id, ...types); return { id, name: n.name, kind: n.kind ?? '' }; };
  return new Map(rows.map(({ links, ...r }) => [r.id, whole({
    ...r, speakers: links.speakers.map((id, rank) => ({ ...ref(id, 'actor'), rank })),
    relayer: links.relayedBy === null ? null : ref(links.relayedBy, 'actor'),
    about: links.about.map((a) => ({ ...ref(a.target, 'actor', 'event', 'place'), stance: a.stance })),
    positions: links.positions.map((p) => ({ id: p.position, label: named(p.position, 'position').name, stance: p.stance, figure: p.figure ?? '' })),
    sources: links.sources.map((c) => {
      const n = named(c.source, 'source');
      return { id: c.source, title: n.name, url: n.url, publisher: n.publisher, excerpt: c.excerpt };
    }),
  })]));
}

export function createStatementRepo(store: GraphStore) {
  const read = typedReader(store);
  function filterParams(f: StatementFilter) {
    return {
      speakers: f.speakers ?? [], about: f.about ?? [], involving: f.involving ?? [], stances: f.stances ?? [],
      position: f.position ?? '', source: f.source ?? '', q: f.q ? fold(f.q) : '', ...dateRange(f.from, f.to),
    };
  }

  /** Statements with these ids, whole, in the order of the ids. */
  async function byIds(ids: string[]): Promise<StatementJson[]> {
    if (ids.length === 0) return [];
    // Each statement once: a key lookup per listed id would give a statement listed twice its links twice.
    const unique = [...new Set(ids)];
    const found = hydratesInOneQuery(store.backend) ? inOneQuery(await read('statements-whole', { ids: unique })) : await withLinks(unique);
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** The statements with their links text, then the names those point to: two queries, each of key lookups. */
  async function withLinks(ids: string[]): Promise<Map<string, StatementJson>> {
    const rows = (await read('statements-with-links', { ids })).map((r) => ({ ...r, links: parseLinks(r.links) }));
    const links = rows.map((r) => r.links);
    const unique = (xs: string[]) => [...new Set(xs)];
    const targets = unique(links.flatMap((l) => l.about.map((a) => a.target)));
    const names = await read('link-names', {
      actors: unique([...links.flatMap((l) => [...l.speakers, ...(l.relayedBy === null ? [] : [l.relayedBy])]), ...targets]),
      events: targets, places: targets,
      positions: unique(links.flatMap((l) => l.positions.map((p) => p.position))),
      sources: unique(links.flatMap((l) => l.sources.map((c) => c.source))),
    });
    return linkedStatements(rows, names);
  }

  /**
   * A page of one speaker's statements about one actor, from their derived relationships' statement
   * keys, or undefined when the target is not an actor.
   */
  async function pairPage(pair: { speaker: string; target: string }, params: ReturnType<typeof filterParams>, limit: number, offset: number) {
    const range = { anyDate: params.anyDate, from: params.from, to: params.to };
    if (hydratesInOneQuery(store.backend)) {
      const [found] = await read('statements-page-of-pair', { ...pair, stances: params.stances, ...range, limit, offset });
      return found!.paired ? { items: found!.page.map(whole), total: found!.total } : undefined;
    }
    const rows = await read('pair-statement-keys', { ...pair, stances: params.stances });
    if (rows.length === 0) return undefined;
    const keys = keysInPageOrder(rows.flatMap((r) => r.keys ?? []), range);
    return { items: await byIds(keys.slice(offset, offset + limit).map(statementOfKey)), total: keys.length };
  }

  async function find(f: StatementFilter, limit: number, offset: number) {
    const params = filterParams(f);
    const pair = pairOf(params);
    const paired = pair && await pairPage(pair, params, limit, offset);
    if (paired) return { ...paired, limit, offset };
    if (hydratesInOneQuery(store.backend)) {
      const [found] = await read('statements-page', { ...params, limit, offset, joinWeight: STATEMENT_JOIN_WEIGHT });
      return { items: found!.page.map(whole), total: found!.total, limit, offset };
    }
    const query = statementQueries(params);
    const count = async () => (await read(query.count, params))[0]?.total ?? 0;
    const findPage = () => read(query.find, { ...params, limit, offset });
    // The first page runs beside the count, one round trip: it cannot skip past the end, which crashes
    // LadybugDB 0.19.1, so later pages wait for the count and are not asked for past it.
    const [total, ids] = offset === 0 ? await Promise.all([count(), findPage()]) : await count().then(async (n) => [n, offset < n ? await findPage() : []] as const);
    return { items: await byIds(ids.map((r) => r.id)), total, limit, offset };
  }

  /** The ids of every statement matching the filters, in the find order (exports read them whole). */
  async function ids(f: StatementFilter): Promise<string[]> {
    const params = filterParams(f);
    const query = statementQueries(params);
    const total = (await read(query.count, params))[0]?.total ?? 0;
    return total === 0 ? [] : (await read(query.find, { ...params, limit: total, offset: 0 })).map((r) => r.id);
  }

  async function detail(id: string) {
    const [statement] = await byIds([id]);
    if (!statement) return undefined;
    const links = await read('statement-responses', { id });
    const idsOf = (dir: string) => links.filter((l) => l.direction === dir).map((l) => l.id);
    const [respondsTo, responses] = await Promise.all([byIds(idsOf('respondsTo')), byIds(idsOf('responses'))]);
    return { ...statement, respondsTo, responses };
  }

  return { byIds, find, detail, ids };
}
export type StatementRepo = ReturnType<typeof createStatementRepo>;

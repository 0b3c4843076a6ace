// Statements: finding them by filters, and fetching them whole (speaker, targets, positions, sources).
import type { z } from 'zod';
import { fold } from '../domain/normalize.js';
import { typedReader, type ReadRow } from '../queries/reads.js';
import { hydratesInOneQuery, hydratesOneByOne, keysInPageOrder, pairOf, statementOfKey, STATEMENT_JOIN_WEIGHT, statementQueries } from '../queries/reads/statements.js';
import type { GraphStore } from '../store/store.js';
import type { Statement } from '../schemas/statements.js';
import { dateRange } from './params.js';

export type StatementJson = z.infer<typeof Statement>;

export interface StatementFilter {
  speakers?: string[]; about?: string[]; involving?: string[]; stances?: string[]; position?: string; source?: string;
  from?: string; to?: string; q?: string;
}

type CoreRow = ReadRow<'statements-by-ids'>;
const ref = (id: string | null, name: string | null, kind: string | null) => ({ id: id!, name: name!, kind: kind! });
const speakerOf = (r: CoreRow) => ref(r.speakerId, r.speakerName, r.speakerKind);

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

/** Rows grouped by the statement they belong to. */
function byStatement<R extends { statement: string }>(rows: R[]): Map<string, Omit<R, 'statement'>[]> {
  const m = new Map<string, Omit<R, 'statement'>[]>();
  for (const { statement, ...rest } of rows) m.set(statement, [...(m.get(statement) ?? []), rest]);
  return m;
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
    const found = hydratesInOneQuery(store.backend) ? inOneQuery(await read('statements-whole', { ids: unique })) : await inFourQueries(unique);
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** The four queries for each statement by its key, their rows put together as the list queries give them. */
  async function oneByOne(ids: string[]) {
    const each = await Promise.all(ids.map((id) => Promise.all([
      read('one-statement', { id }), read('one-statement-targets', { id }), read('one-statement-positions', { id }), read('one-statement-sources', { id }),
    ])));
    return [each.flatMap((e) => e[0]), each.flatMap((e) => e[1]), each.flatMap((e) => e[2]), each.flatMap((e) => e[3])] as const;
  }

  async function inFourQueries(ids: string[]): Promise<Map<string, StatementJson>> {
    const [core, targets, positions, sources] = hydratesOneByOne(store.backend, ids.length) ? await oneByOne(ids) : await Promise.all([
      read('statements-by-ids', { ids }), read('statement-targets', { ids }), read('statement-positions', { ids }), read('statement-sources', { ids }),
    ]);
    const t = byStatement(targets), p = byStatement(positions), s = byStatement(sources);
    // Core rows name a speaker, the relayer, or both: the statement's own fields repeat, the speakers are gathered in rank order.
    const rowsOf = new Map<string, CoreRow[]>();
    for (const r of core) rowsOf.set(r.id, [...(rowsOf.get(r.id) ?? []), r]);
    return new Map([...rowsOf].map(([sid, rows]) => {
      const r = rows[0]!;
      const speakers = rows.filter((x) => x.speakerId !== null).map((x) => ({ ...speakerOf(x), rank: x.speakerRank }));
      const relayed = rows.find((x) => x.relayerId !== null);
      const relayer = relayed ? ref(relayed.relayerId, relayed.relayerName, relayed.relayerKind) : null;
      return [sid, whole({ ...r, speakers, relayer, about: t.get(sid) ?? [], positions: p.get(sid) ?? [], sources: s.get(sid) ?? [] })];
    }));
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

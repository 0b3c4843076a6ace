// Statements: finding them by filters, and fetching them whole (speaker, targets, positions, sources).
import type { z } from 'zod';
import { fold } from '../domain/normalize.js';
import type { QueryName } from '../queries/names.js';
import type { GraphStore, Row } from '../store/store.js';
import type { Statement } from '../schemas/statements.js';
import { dateRange } from './params.js';

export type StatementJson = z.infer<typeof Statement>;

export interface StatementFilter {
  speakers?: string[]; about?: string[]; involving?: string[]; stances?: string[]; position?: string; source?: string;
  from?: string; to?: string; q?: string;
}

export function createStatementRepo(store: GraphStore) {
  function filterParams(f: StatementFilter) {
    return {
      speakers: f.speakers ?? [], about: f.about ?? [], involving: f.involving ?? [], stances: f.stances ?? [],
      position: f.position ?? '', source: f.source ?? '', q: f.q ? fold(f.q) : '', ...dateRange(f.from, f.to),
    };
  }

  /** Statements with these ids, whole, in the order of the ids. */
  async function byIds(ids: string[]): Promise<StatementJson[]> {
    if (ids.length === 0) return [];
    const [core, targets, positions, sources] = await Promise.all([
      store.read('statements-by-ids', { ids }), store.read('statement-targets', { ids }),
      store.read('statement-positions', { ids }), store.read('statement-sources', { ids }),
    ]);
    const group = (rows: Row[]) => {
      const m = new Map<string, Row[]>();
      for (const r of rows) m.set(String(r.statement), [...(m.get(String(r.statement)) ?? []), r]);
      return m;
    };
    const t = group(targets), p = group(positions), s = group(sources);
    // One core row per speaker: the statement's own fields repeat, the speakers are gathered in rank order.
    const byId = new Map<string, Row[]>();
    for (const r of core) byId.set(String(r.id), [...(byId.get(String(r.id)) ?? []), r]);
    const ref = (r: Row, key: string) => ({ id: String(r[`${key}Id`]), name: String(r[`${key}Name`]), kind: String(r[`${key}Kind`]) });
    return ids.flatMap((sid) => {
      const rows = byId.get(sid);
      if (!rows) return [];
      const r = rows[0]!;
      const speakers = rows.filter((x) => x.speakerId !== null).sort((a, b) => Number(a.speakerRank ?? 0) - Number(b.speakerRank ?? 0)).map((x) => ref(x, 'speaker'));
      return [{
        id: sid, quote: r.quote as string | null, summary: String(r.summary), date: r.date as string | null,
        datePrecision: r.datePrecision, channel: r.channel, lang: String(r.lang), modality: r.modality,
        speaker: speakers[0] ?? ref(r, 'speaker'), speakers,
        relayedBy: r.relayerId === null || r.relayerId === undefined ? null : ref(r, 'relayer'), documentVoice: r.documentVoice === true,
        about: (t.get(sid) ?? []).map((x) => ({ id: String(x.id), name: String(x.name), kind: String(x.kind), stance: x.stance }))
          .sort((a, b) => a.name.localeCompare(b.name)),
        positions: (p.get(sid) ?? []).map((x) => ({ id: String(x.id), label: String(x.label), stance: x.stance, figure: x.figure ? String(x.figure) : null })),
        sources: (s.get(sid) ?? []).map((x) => ({ id: String(x.id), title: String(x.title), url: x.url as string | null, publisher: x.publisher as string | null, excerpt: String(x.excerpt) })),
      } as StatementJson];
    });
  }

  /**
   * The same filter, as the query whose shape lets the engine start from the given speakers or
   * targets; the general query when there are none, or when position, source or "involving" filters
   * (EXISTS subqueries) are set.
   */
  function variant(f: StatementFilter) {
    const plain = !f.position && !f.source && !f.involving?.length;
    const speakers = plain && !!f.speakers?.length, about = plain && !!f.about?.length;
    const suffix = speakers && about ? '-by-speakers-about' : about ? '-about' : speakers ? '-by-speakers' : '';
    return { count: `count-statements${suffix}`, find: `find-statements${suffix}` } as { count: QueryName; find: QueryName };
  }

  async function find(f: StatementFilter, limit: number, offset: number) {
    const params = filterParams(f);
    const query = variant(f);
    const total = Number((await store.read(query.count, params))[0]?.total ?? 0);
    const ids = offset < total ? await store.read(query.find, { ...params, limit, offset }) : [];
    return { items: await byIds(ids.map((r) => String(r.id))), total, limit, offset };
  }

  /** The ids of every statement matching the filters, in the find order (exports read them whole). */
  async function ids(f: StatementFilter): Promise<string[]> {
    const params = filterParams(f);
    const query = variant(f);
    const total = Number((await store.read(query.count, params))[0]?.total ?? 0);
    return total === 0 ? [] : (await store.read(query.find, { ...params, limit: total, offset: 0 })).map((r) => String(r.id));
  }

  async function detail(id: string) {
    const [statement] = await byIds([id]);
    if (!statement) return undefined;
    const links = await store.read('statement-responses', { id });
    const idsOf = (dir: string) => links.filter((l) => l.direction === dir).map((l) => String(l.id));
    const [respondsTo, responses] = await Promise.all([byIds(idsOf('respondsTo')), byIds(idsOf('responses'))]);
    return { ...statement, respondsTo, responses };
  }

  return { byIds, find, detail, ids };
}
export type StatementRepo = ReturnType<typeof createStatementRepo>;

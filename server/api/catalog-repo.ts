// Positions, contradictions, events and sources: the smaller lists the API serves.
import type { GraphStore, Row } from '../store/store.js';
import { dateRange } from './params.js';
import type { StatementRepo } from './statements-repo.js';

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function createCatalogRepo(store: GraphStore, statements: StatementRepo) {
  const position = (r: Row) => ({ id: String(r.id), label: String(r.label), description: str(r.description), supporters: Number(r.supporters), rejecters: Number(r.rejecters) });

  async function positions() {
    return (await store.read('positions-with-sides', { id: '' })).map(position);
  }

  async function positionDetail(id: string) {
    const [row] = await store.read('positions-with-sides', { id });
    if (!row) return undefined;
    const sides = await store.read('position-statements', { id });
    const hydrated = new Map((await statements.byIds(sides.map((s) => String(s.statement)))).map((s) => [s.id, s]));
    const side = (stance: string) => {
      const byActor = new Map<string, { actor: { id: string; name: string; kind: string }; statements: typeof hydrated extends Map<string, infer S> ? S[] : never }>();
      for (const s of sides.filter((x) => x.stance === stance)) {
        const entry = byActor.get(String(s.actorId)) ?? { actor: { id: String(s.actorId), name: String(s.actorName), kind: String(s.actorKind) }, statements: [] };
        const st = hydrated.get(String(s.statement));
        if (st) entry.statements.push(st);
        byActor.set(String(s.actorId), entry);
      }
      return [...byActor.values()];
    };
    return { ...position(row), supports: side('supports'), rejects: side('rejects') };
  }

  async function contradictions(positionId: string | undefined, limit: number, offset: number) {
    const params = { position: positionId ?? '' };
    const total = Number((await store.read('count-contradictions', params))[0]?.total ?? 0);
    const pairs = offset < total ? await store.read('contradictions', { ...params, limit, offset }) : [];
    const hydrated = new Map((await statements.byIds([...new Set(pairs.flatMap((p) => [String(p.supports), String(p.rejects)]))])).map((s) => [s.id, s]));
    return {
      items: pairs.map((p) => ({ position: { id: String(p.positionId), label: String(p.positionLabel) }, supports: hydrated.get(String(p.supports))!, rejects: hydrated.get(String(p.rejects))! })),
      total, limit, offset,
    };
  }

  async function events(from?: string, to?: string) {
    const rows = await store.read('events-between', dateRange(from, to));
    const ids = rows.map((r) => String(r.id));
    const [places, participants] = ids.length === 0 ? [[], []] : await Promise.all([store.read('event-places', { ids }), store.read('event-participants', { ids })]);
    return rows.map((r) => ({
      id: String(r.id), name: String(r.name), date: str(r.date), endDate: str(r.endDate), description: str(r.description),
      places: places.filter((p) => p.event === r.id).map((p) => ({ id: String(p.id), name: String(p.name) })),
      participants: participants.filter((p) => p.event === r.id).map((p) => ({ id: String(p.id), name: String(p.name), kind: String(p.kind), role: str(p.role) })),
    }));
  }

  const source = (r: Row) => ({ id: String(r.id), title: String(r.title), publisher: str(r.publisher), url: str(r.url), published: str(r.published), kind: String(r.kind), statementCount: Number(r.statementCount) });

  async function sources() {
    return (await store.read('sources-with-counts', { id: '' })).map(source);
  }

  async function sourceDetail(id: string, limit: number, offset: number) {
    const [row] = await store.read('sources-with-counts', { id });
    if (!row) return undefined;
    const page = await statements.find({ source: id }, limit, offset);
    return { ...source(row), statements: page.items };
  }

  return { positions, positionDetail, contradictions, events, sources, sourceDetail };
}
export type CatalogRepo = ReturnType<typeof createCatalogRepo>;

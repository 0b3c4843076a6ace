// Positions, contradictions, events and sources: the smaller lists the API serves.
import { typedReader } from '../queries/reads.js';
import type { GraphStore } from '../store/store.js';
import { dateRange } from './params.js';
import type { StatementJson, StatementRepo } from './statements-repo.js';

type ActorRefJson = { id: string; name: string; kind: string };

export function createCatalogRepo(store: GraphStore, statements: StatementRepo) {
  const read = typedReader(store);

  async function positions() {
    return read('positions-with-sides', { id: '' });
  }

  async function positionDetail(id: string) {
    const [row] = await read('positions-with-sides', { id });
    if (!row) return undefined;
    const sides = await read('position-statements', { id });
    const hydrated = new Map((await statements.byIds(sides.map((s) => s.statement))).map((s) => [s.id, s]));
    const side = (stance: string) => {
      const byActor = new Map<string, { actor: ActorRefJson; statements: StatementJson[] }>();
      for (const s of sides.filter((x) => x.stance === stance)) {
        const entry = byActor.get(s.actorId) ?? { actor: { id: s.actorId, name: s.actorName, kind: s.actorKind }, statements: [] };
        const st = hydrated.get(s.statement);
        if (st) entry.statements.push(st);
        byActor.set(s.actorId, entry);
      }
      return [...byActor.values()];
    };
    return { ...row, supports: side('supports'), rejects: side('rejects') };
  }

  async function contradictions(positionId: string | undefined, limit: number, offset: number) {
    const params = { position: positionId ?? '' };
    const total = (await read('count-contradictions', params))[0]?.total ?? 0;
    const pairs = offset < total ? await read('contradictions', { ...params, limit, offset }) : [];
    const hydrated = new Map((await statements.byIds([...new Set(pairs.flatMap((p) => [p.supports, p.rejects]))])).map((s) => [s.id, s]));
    return {
      items: pairs.map((p) => ({ position: { id: p.positionId, label: p.positionLabel }, supports: hydrated.get(p.supports)!, rejects: hydrated.get(p.rejects)! })),
      total, limit, offset,
    };
  }

  async function events(from?: string, to?: string) {
    const rows = await read('events-between', dateRange(from, to));
    const ids = rows.map((r) => r.id);
    const [places, participants] = ids.length === 0 ? [[], []] : await Promise.all([read('event-places', { ids }), read('event-participants', { ids })]);
    return rows.map((r) => ({
      ...r,
      places: places.filter((p) => p.event === r.id).map(({ id, name }) => ({ id, name })),
      participants: participants.filter((p) => p.event === r.id).map(({ id, name, kind, role }) => ({ id, name, kind, role })),
    }));
  }

  async function sources() {
    return read('sources-with-counts', { id: '' });
  }

  async function sourceDetail(id: string, limit: number, offset: number) {
    const [row] = await read('sources-with-counts', { id });
    if (!row) return undefined;
    const page = await statements.find({ source: id }, limit, offset);
    return { ...row, statements: page.items };
  }

  return { positions, positionDetail, contradictions, events, sources, sourceDetail };
}
export type CatalogRepo = ReturnType<typeof createCatalogRepo>;

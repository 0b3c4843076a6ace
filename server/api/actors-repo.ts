// Actors: search by name or alias, and an actor's whole record with its ties and events.
import type { z } from 'zod';
import { closeMatches, queryForms } from './actor-matching.js';
import { typedReader, type ReadRow } from '../queries/reads.js';
import type { GraphStore } from '../store/store.js';
import { asOfParams } from './params.js';
import type { ActorSummary, Tie } from '../schemas/actors.js';

type ActorJson = z.infer<typeof ActorSummary>;
type TieJson = z.infer<typeof Tie>;

export const actorSummary = (r: ReadRow<'actors-by-ids'>): ActorJson => ({ ...r, aliases: r.aliases ?? [], unnamed: r.unnamed === true });

export function createActorRepo(store: GraphStore) {
  const read = typedReader(store);
  async function byIds(ids: string[]): Promise<ActorJson[]> {
    if (ids.length === 0) return [];
    const rows = new Map((await read('actors-by-ids', { ids })).map((r) => [r.id, actorSummary(r)]));
    return ids.flatMap((i) => rows.get(i) ?? []);
  }

  /** The ids among these that name no actor. */
  async function unknown(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found = new Set((await read('actors-exist', { ids: [...new Set(ids)] })).map((r) => r.id));
    return ids.filter((i) => !found.has(i));
  }

  /** Actors whose names or aliases contain this folded text, ranked (exact, prefix, word prefix, anywhere). */
  async function containing(folded: string, kind: string, limit: number, offset: number) {
    const params = { q: folded, kind, exact: `|${folded}|`, prefix: `|${folded}`, word: ` ${folded}` };
    const total = (await read('count-actors', { q: params.q, kind }))[0]?.total ?? 0;
    const ranked = offset < total ? await read('search-actors', { ...params, limit, offset }) : [];
    return { ids: ranked.map((r) => r.id), total };
  }

  /**
   * Names and aliases containing the query; failing that, containing it in Latin letters; failing that, within
   * one or two typing errors of it (see actor-matching.ts).
   */
  async function search(q: string | undefined, kind: string | undefined, limit: number, offset: number) {
    const forms = q === undefined || q.trim() === '' ? [''] : queryForms(q);
    // A query that folds to nothing (only punctuation) matches nothing rather than everything.
    if (forms.length === 0) return { items: [], total: 0, limit, offset };
    for (const form of forms) {
      const found = await containing(form, kind ?? '', limit, offset);
      if (found.total > 0 || form === '') return { items: await byIds(found.ids), total: found.total, limit, offset };
    }
    const texts = (await read('actor-search-texts', { kind: kind ?? '' })).map((r) => ({ id: r.id, searchText: r.searchText ?? '' }));
    const close = closeMatches(forms, texts);
    return { items: await byIds(close.slice(offset, offset + limit)), total: close.length, limit, offset };
  }

  /** An actor's ties either way, each end named by the query itself. */
  async function ties(id: string, asOf?: string): Promise<TieJson[]> {
    const rows = await read('actor-ties', { id, ...asOfParams(asOf) });
    return rows.map(({ fromId, fromName, fromKind, toId, toName, toKind, ...tie }) => ({
      ...tie, from: { id: fromId, name: fromName, kind: fromKind }, to: { id: toId, name: toName, kind: toKind },
    })).sort((a, b) => a.type.localeCompare(b.type) || a.from.name.localeCompare(b.from.name) || a.to.name.localeCompare(b.to.name));
  }

  async function detail(id: string, asOf?: string) {
    // All three at once, one round trip: for an id that names no actor the ties and events are simply none.
    const [[found], allTies, events] = await Promise.all([read('actor-by-id', { id }), ties(id, asOf), read('actor-events', { id })]);
    if (!found) return undefined;
    const actor = actorSummary(found);
    const isOfficeHeld = (t: TieJson) => t.type === 'HOLDS_OFFICE' && t.to.id === id;
    return {
      ...actor,
      ties: allTies.filter((t) => !isOfficeHeld(t)),
      officeHolders: allTies.filter(isOfficeHeld),
      events,
    };
  }

  return { byIds, unknown, search, ties, detail };
}
export type ActorRepo = ReturnType<typeof createActorRepo>;

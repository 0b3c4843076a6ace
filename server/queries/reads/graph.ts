// Queries behind the network views: who spoke about whom, ties, and one step out from a set of actors.
import { z } from 'zod';
import { TIE_TYPES } from '../../domain/vocabulary.js';
import { STANCES } from '../../domain/stances.js';
import type { Backend } from '../../store/store.js';
import { asOf, count, dateRange, defineRead, ids, maybeDay, maybeText, text } from '../define.js';

const spoke = { source: text, target: text, stance: z.enum(STANCES), statement: text, date: maybeDay };
const spokePair = { source: text, target: text, stance: z.enum(STANCES), statements: count, firstDate: maybeDay, lastDate: maybeDay };
const tieType = z.enum(TIE_TYPES);
const spokeNeighbours = { id: text, neighbours: z.array(text) };
const tieNeighbour = { id: text, neighbour: text, type: tieType };
const tieRow = { type: tieType, fromId: text, toId: text, detail: maybeText, since: maybeDay, until: maybeDay };

export const GRAPH_READS = {
  'spoke-neighbours': defineRead({ ids }, spokeNeighbours),
  'tie-neighbours': defineRead({ ids, ...asOf }, tieNeighbour),
  /** The same for a long list of actors, where LadybugDB has a better plan (neighbourQueries). */
  'spoke-neighbours-many': defineRead({ ids }, spokeNeighbours, 'ladybug'),
  'tie-neighbours-many': defineRead({ ids, ...asOf }, tieNeighbour, 'ladybug'),
  'spoken-about': defineRead({ stances: ids, ...dateRange }, spoke),
  'spoken-among': defineRead({ ids, stances: ids, ...dateRange }, spoke),
  'spoke-pairs': defineRead({ stances: ids, ...dateRange }, spokePair),
  'spoke-pairs-among': defineRead({ ids, stances: ids, ...dateRange }, spokePair),
  'spoke-edges': defineRead({ stances: ids }, spokePair),
  'spoke-edges-among': defineRead({ ids, stances: ids }, spokePair),
  'ties-among': defineRead({ ids, ...asOf }, tieRow),
  /** The same for a long list of actors, where LadybugDB has a better plan (tiesAmongQuery). */
  'ties-among-many': defineRead({ ids, ...asOf }, tieRow, 'ladybug'),
  'ties-all': defineRead({ ...asOf }, tieRow),
};

/**
 * From how many actors LadybugDB looks them up by an unwound list, not by testing each actor against
 * it: where the two plans cost the same at 10^6, for a level's neighbours and for the ties among a set.
 */
export const LONG_ID_LIST = { neighbours: 100, ties: 30 } as const;

const longList = (backend: Backend, actors: number, use: keyof typeof LONG_ID_LIST) => backend === 'embedded' && actors >= LONG_ID_LIST[use];

/** The one-step queries for this many actors: the engine's plan for a long list where it has one. */
export function neighbourQueries(backend: Backend, actors: number) {
  return longList(backend, actors, 'neighbours')
    ? { spoke: 'spoke-neighbours-many', tie: 'tie-neighbours-many' } as const
    : { spoke: 'spoke-neighbours', tie: 'tie-neighbours' } as const;
}

/** The ties among this many actors: the engine's plan for a long list where it has one. */
export function tiesAmongQuery(backend: Backend, actors: number) {
  return longList(backend, actors, 'ties') ? 'ties-among-many' as const : 'ties-among' as const;
}

// Queries behind the network views: who spoke about whom, ties, and one step out from a set of actors.
import { z } from 'zod';
import { TIE_TYPES } from '../../domain/vocabulary.js';
import { STANCES } from '../../domain/stances.js';
import { asOf, count, dateRange, defineRead, ids, maybeDay, maybeText, text } from '../define.js';

const spoke = { source: text, target: text, stance: z.enum(STANCES), statement: text, date: maybeDay };
const spokePair = { source: text, target: text, stance: z.enum(STANCES), statements: count, firstDate: maybeDay, lastDate: maybeDay };
/** A pair's rows folded into one: its stances and their statement counts, in the same order, and the pair's dates. */
const spokePairFolded = { source: text, target: text, stances: z.array(z.enum(STANCES)), counts: z.array(count), firstDate: maybeDay, lastDate: maybeDay };
const tieType = z.enum(TIE_TYPES);
const spokeNeighbours = { id: text, neighbours: z.array(text) };
const tieNeighbour = { id: text, neighbour: text, type: tieType };
const tieRow = { type: tieType, fromId: text, toId: text, detail: maybeText, since: maybeDay, until: maybeDay };

export const GRAPH_READS = {
  'spoke-neighbours': defineRead({ ids }, spokeNeighbours),
  /** Each actor's spoke-neighbours that are within the other set: a path's level that may meet the other side. */
  'spoke-neighbours-within': defineRead({ ids, within: ids }, spokeNeighbours),
  'tie-neighbours': defineRead({ ids, ...asOf }, tieNeighbour),
  'spoken-about': defineRead({ stances: ids, ...dateRange }, spoke),
  'spoken-among': defineRead({ ids, stances: ids, ...dateRange }, spoke),
  'spoke-pairs': defineRead({ stances: ids, ...dateRange }, spokePair),
  'spoke-pairs-among': defineRead({ ids, stances: ids, ...dateRange }, spokePair),
  'spoke-edges': defineRead({ stances: ids }, spokePair),
  'spoke-edges-among': defineRead({ ids, stances: ids }, spokePairFolded),
  'ties-among': defineRead({ ids, ...asOf }, tieRow),
  'ties-all': defineRead({ ...asOf }, tieRow),
  /** Where these actors sit in LadybugDB's Actor table: the store's own lookup for the queries that test actors by it. */
  'actor-offsets': defineRead({ ids }, { offset: count }, 'ladybug'),
};

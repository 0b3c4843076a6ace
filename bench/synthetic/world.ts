// The whole synthetic dataset for a number of actors and statements, in the seed format.
import type { Dataset } from '../../server/domain/dataset.js';
import { cast, events, places, positions, sources, ties } from './actors.js';
import { rng } from './random.js';
import { statements } from './statements.js';

export interface WorldSize { actors: number; statements: number; seed: number }

/** Fewer actors leave no room for the blocs, states and people that the ties and offices need. */
export const MIN_ACTORS = 10;

export function syntheticDataset({ actors: actorCount, statements: statementCount, seed }: WorldSize): Dataset {
  const r = rng(seed);
  const who = cast(r, Math.max(MIN_ACTORS, actorCount));
  const from = sources(r, Math.max(5, Math.round(actorCount / 50)));
  const where = places(r, Math.max(5, Math.round(actorCount / 200)));
  const claims = positions(r, Math.max(5, Math.round(actorCount / 100)));
  const happened = events(r, Math.max(5, Math.round(actorCount / 100)), who, where, from);
  return {
    sources: from, actors: who.actors, places: where, positions: claims, events: happened,
    ties: ties(r, who, from),
    statements: statements(r, statementCount, { actors: who.actors, events: happened, places: where, positions: claims, sources: from }),
  };
}

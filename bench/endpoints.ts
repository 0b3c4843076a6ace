// The endpoints the benchmark measures: each with its URL for the i-th sample and the same work done
// straight on the store (the repository call its route makes, without HTTP, validation or
// serialisation): the engine floor.
import { checkedAlongside } from '../server/api/known-ids.js';
import { countNodes } from '../server/store/load-dataset.js';
import { EDGE_TYPES } from '../server/domain/vocabulary.js';
import type { createRepos } from '../server/plugins/repos.js';
import type { ReportRunner } from '../server/reports/runner.js';
import type { GraphStore } from '../server/store/store.js';
import type { Samples } from './samples.js';

export const REPORT = 'statements-by';

export interface Engine { store: GraphStore; repos: ReturnType<typeof createRepos>; reports?: ReportRunner }
export interface Endpoint { name: string; path: (i: number) => string; engine: (e: Engine, i: number) => Promise<unknown>; ok?: number[] }

const all = { include: [...EDGE_TYPES], stances: [] };
/** The id check beside the work, as the routes run it: one round trip. */
const alongside = <T>(check: Promise<string[]>, work: Promise<T>) => checkedAlongside(check.then(() => undefined), work);

export function endpoints(s: Samples, withReport: boolean): Endpoint[] {
  const at = <T>(list: T[], i: number) => list[i % list.length]!;
  const list: Endpoint[] = [
    { name: 'health', path: () => '/api/health', engine: async ({ store }) => [await store.health(), await countNodes(store)] },
    { name: 'actor search', path: (i) => `/api/actors?q=${encodeURIComponent(at(s.searches, i))}`, engine: ({ repos }, i) => repos.actors.search(at(s.searches, i), undefined, 50, 0) },
    { name: 'actor detail', path: (i) => `/api/actors/${at(s.actors, i)}`, engine: ({ repos }, i) => repos.actors.detail(at(s.actors, i)) },
    {
      name: 'statements speaker+about', path: (i) => `/api/statements?speaker=${at(s.pairs, i)[0]}&about=${at(s.pairs, i)[1]}`,
      engine: ({ repos }, i) => alongside(repos.actors.unknown([at(s.pairs, i)[0]]), repos.statements.find({ speakers: [at(s.pairs, i)[0]], about: [at(s.pairs, i)[1]] }, 50, 0)),
    },
    { name: 'neighbourhood d1', path: (i) => `/api/graph/neighborhood?id=${at(s.actors, i)}&depth=1`, engine: ({ repos }, i) => alongside(repos.actors.unknown([at(s.actors, i)]), repos.graph.neighborhood(at(s.actors, i), 1, 200, all)) },
    { name: 'neighbourhood d2', path: (i) => `/api/graph/neighborhood?id=${at(s.actors, i)}&depth=2`, engine: ({ repos }, i) => alongside(repos.actors.unknown([at(s.actors, i)]), repos.graph.neighborhood(at(s.actors, i), 2, 200, all)) },
    {
      name: 'path', path: (i) => `/api/graph/path?from=${at(s.routes, i)[0]}&to=${at(s.routes, i)[1]}`, ok: [404],
      engine: ({ repos }, i) => alongside(repos.actors.unknown(at(s.routes, i)), repos.graph.path(at(s.routes, i)[0], at(s.routes, i)[1], 4, all)),
    },
  ];
  if (withReport) {
    list.push({ name: `report ${REPORT}`, path: (i) => `/api/reports/${REPORT}/run?speaker=${at(s.actors, i)}`, engine: ({ reports }, i) => reports!.run(REPORT, { speaker: at(s.actors, i) }) });
  }
  return list;
}

// What the benchmark asks for: ids drawn from random statements (an actor is asked about in
// proportion to how much it speaks and is spoken about, as people click on the actors they see),
// speaker–target pairs that have statements, and name prefixes to search for.
import { fold } from '../server/domain/normalize.js';
import type { Dataset } from '../server/domain/dataset.js';
import { rng } from './synthetic/random.js';

export interface Samples { actors: string[]; pairs: [string, string][]; routes: [string, string][]; searches: string[] }

export function drawSamples(d: Dataset, count = 40, seed = 7): Samples {
  const r = rng(seed);
  const isActor = new Set(d.actors.map((a) => a.id));
  const names = new Map(d.actors.map((a) => [a.id, a.name]));
  const withTarget = d.statements.filter((s) => s.about.some((a) => isActor.has(a.target)));
  const statement = () => withTarget[Math.floor(r() * withTarget.length)]!;
  const target = (s: (typeof withTarget)[number]) => s.about.find((a) => isActor.has(a.target))!.target;
  const out: Samples = { actors: [], pairs: [], routes: [], searches: [] };
  for (let i = 0; i < count; i++) {
    const s = statement();
    out.actors.push(i % 2 === 0 ? s.speaker : target(s));
    out.pairs.push([s.speaker, target(s)]);
    out.routes.push([s.speaker, target(statement())]);
    out.searches.push(fold(names.get(out.actors[i]!) ?? 'a').slice(0, 4).trim() || 'a');
  }
  return out;
}

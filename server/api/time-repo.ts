// Views over time: the timeline of statements and events by day, and everything between two actors.
import type { ActorRepo } from './actors-repo.js';
import type { CatalogRepo } from './catalog-repo.js';
import type { StatementJson, StatementRepo } from './statements-repo.js';

/** The most statements a timeline or pair view returns; the response says how many were left out. */
export const TIME_VIEW_CAP = 2000;

export function createTimeRepo(actors: ActorRepo, statements: StatementRepo, catalog: CatalogRepo) {
  async function timeline(from?: string, to?: string, actor?: string) {
    const involving = actor ? [actor] : [];
    const [dated, all, events] = await Promise.all([
      statements.find({ involving, from: from ?? '0001-01-01', to: to ?? '9999-12-31' }, TIME_VIEW_CAP, 0),
      statements.find({ involving }, 1, 0),
      catalog.events(from, to),
    ]);
    const days = new Map<string, { date: string; statements: StatementJson[]; events: typeof events }>();
    const day = (date: string) => days.get(date) ?? days.set(date, { date, statements: [], events: [] }).get(date)!;
    for (const s of dated.items) if (s.date) day(s.date).statements.push(s);
    const relevant = actor ? events.filter((e) => e.participants.some((p) => p.id === actor)) : events;
    for (const e of relevant) if (e.date) day(e.date).events.push(e);
    return {
      days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
      undated: from || to ? 0 : all.total - dated.total,
    };
  }

  async function pair(a: string, b: string) {
    const [[refA, refB], aAboutB, bAboutA, ties] = await Promise.all([
      actors.byIds([a, b]),
      statements.find({ speakers: [a], about: [b] }, TIME_VIEW_CAP, 0),
      statements.find({ speakers: [b], about: [a] }, TIME_VIEW_CAP, 0),
      actors.ties(a),
    ]);
    const series = new Map<string, { month: string; speaker: string; stances: Record<string, number> }>();
    for (const [speaker, target, list] of [[a, b, aAboutB.items], [b, a, bAboutA.items]] as const) {
      for (const s of list) {
        if (!s.date) continue;
        const month = s.date.slice(0, 7);
        const key = `${month}|${speaker}`;
        const entry = series.get(key) ?? { month, speaker, stances: {} };
        for (const t of s.about.filter((x) => x.id === target)) entry.stances[t.stance] = (entry.stances[t.stance] ?? 0) + 1;
        series.set(key, entry);
      }
    }
    const ref = (x: { id: string; name: string; kind: string }) => ({ id: x.id, name: x.name, kind: x.kind });
    return {
      a: ref(refA!), b: ref(refB!), aAboutB: aAboutB.items, bAboutA: bAboutA.items,
      ties: ties.filter((t) => (t.from.id === a && t.to.id === b) || (t.from.id === b && t.to.id === a)),
      series: [...series.values()].sort((x, y) => x.month.localeCompare(y.month) || x.speaker.localeCompare(y.speaker)),
    };
  }

  return { timeline, pair };
}

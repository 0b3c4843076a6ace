// The network reports (blocs, allies, ties, connections) on the seeded embedded database, each with
// its defaults and with one other parameter set, against what the seed files say.
import { describe, expect, it } from 'vitest';
import { lines, runReport, useSeededApp } from './harness.js';
import { groupBy, unique } from './seed-facts.js';

const ctx = useSeededApp();

describe('bloc-reactions', () => {
  const expected = (bloc: string, target: string, depth = 2) => [...ctx.f.reachingInto(bloc, depth)].flatMap(([member, distance]) => {
    const said = ctx.f.actorMentions.filter((m) => m.speaker === member && m.target === target);
    if (said.length === 0) return [`${member}|${distance}||0|`];
    return [...groupBy(said, (m) => m.stance)].map(([stance, ms]) => {
      const ids = unique(ms.map((m) => m.statement));
      return `${member}|${distance}|${stance}|${ids.length}|${ids.sort().join(',')}`;
    });
  }).sort();
  const columns = ['member', 'distance', 'stance', 'statements', 'statementIds'];

  it('gives what the CSTO, its members and their office holders said about Azerbaijan, silent ones included', async () => {
    const { body } = await runReport(ctx.app, 'bloc-reactions', { bloc: 'csto', target: 'azerbaijan' });
    expect(lines(body.rows, columns)).toEqual(expected('csto', 'azerbaijan'));
    expect(body.rows.filter((r) => r.distance === 1).map((r) => r.member)).toEqual(expect.arrayContaining(['armenia', 'russia']));
    expect(body.rows.find((r) => r.member === 'csto')).toMatchObject({ distance: 0, statements: 0, stance: null });
  });

  it('keeps to the EU and its direct members and office holders', async () => {
    const { body } = await runReport(ctx.app, 'bloc-reactions', { bloc: 'european-union', target: 'azerbaijan', depth: 1 });
    expect(lines(body.rows, columns)).toEqual(expected('european-union', 'azerbaijan', 1));
    expect(body.rows.map((r) => r.member)).toEqual(expect.arrayContaining(['european-union', 'hungary', 'josep-borrell']));
  });
});

describe('silent-allies', () => {
  const ties = () => ctx.data.ties;
  const spoke = (who: string, target: string) => ctx.f.actorMentions.some((m) => m.speaker === who && m.target === target);
  const expected = (actor: string, target: string, viaOffice: boolean) => {
    const orgs = ties().filter((t) => t.type === 'MEMBER_OF' && t.from === actor).map((t) => t.to);
    const allied = (a: string) => ties().some((t) => t.type === 'ALLIED_WITH' && ((t.from === actor && t.to === a) || (t.to === actor && t.from === a)));
    const shared = (a: string) => unique(ties().filter((t) => t.type === 'MEMBER_OF' && t.from === a && orgs.includes(t.to)).map((t) => ctx.f.actor.get(t.to)!.name));
    const holders = (a: string) => ties().filter((t) => t.type === 'HOLDS_OFFICE' && t.to === a).map((t) => t.from);
    return [...ctx.f.actor.keys()]
      .filter((a) => a !== actor && (allied(a) || shared(a).length > 0))
      .filter((a) => !spoke(a, target) && !(viaOffice && holders(a).some((h) => spoke(h, target))))
      .map((a) => `${a}|${allied(a)}|${shared(a).sort().join(',')}`).sort();
  };
  const columns = ['ally', 'allied', 'sharedMemberships'];

  it("lists Russia's allies that said nothing about Azerbaijan", async () => {
    const { body } = await runReport(ctx.app, 'silent-allies', { actor: 'russia', target: 'azerbaijan' });
    expect(lines(body.rows, columns)).toEqual(expected('russia', 'azerbaijan', true));
    expect(body.rows.length).toBeGreaterThan(0);
  });

  it("counts only the allies' own words when office holders are left out", async () => {
    const { body } = await runReport(ctx.app, 'silent-allies', { actor: 'armenia', target: 'karabakh-armenians', viaOffice: false });
    expect(lines(body.rows, columns)).toEqual(expected('armenia', 'karabakh-armenians', false));
    expect(body.rows.length).toBeGreaterThan(0);
  });
});

describe('tie-network', () => {
  const tieEdges = (): [string, string][] => ctx.data.ties.map((t) => [t.from, t.to]);
  const expected = (actor: string, depth: number) => {
    const dist = ctx.f.distances(tieEdges(), actor);
    return ctx.data.ties.flatMap((t) => {
      const near = Math.min(dist.get(t.from) ?? Infinity, dist.get(t.to) ?? Infinity);
      return near + 1 <= depth ? [`${t.from}|${t.type}|${t.to}|${near + 1}`] : [];
    }).sort();
  };
  const columns = ['source', 'type', 'target', 'hop'];

  it("maps the CSTO's ties two steps out, as a graph", async () => {
    const { body } = await runReport(ctx.app, 'tie-network', { actor: 'csto' });
    expect(lines(body.rows, columns)).toEqual(expected('csto', 2));
    const ids = body.graph!.nodes.map((n) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['csto', 'armenia', 'russia', 'nikol-pashinyan', 'vladimir-putin']));
    expect(body.graph!.edges.find((e) => e.data.source === 'vladimir-putin')!.data).toMatchObject({ type: 'HOLDS_OFFICE', target: 'russia', hop: 2 });
  });

  it("maps Armenia's direct ties only", async () => {
    const { body } = await runReport(ctx.app, 'tie-network', { actor: 'armenia', depth: 1 });
    expect(lines(body.rows, columns)).toEqual(expected('armenia', 1));
    expect(body.rows.every((r) => r.hop === 1)).toBe(true);
  });
});

describe('connection', () => {
  /** Steps on some shortest path: an edge x–y with dist(from, x) + 1 + dist(y, to) = the shortest length. */
  const expected = (from: string, to: string, maxHops: number) => {
    const edges = ctx.f.relationships.map(([, a, b]): [string, string] => [a, b]);
    const [da, db] = [ctx.f.distances(edges, from), ctx.f.distances(edges, to)];
    const shortest = da.get(to);
    if (shortest === undefined || shortest > maxHops) return [];
    const on = (x: string, y: string) => (da.get(x) ?? Infinity) + 1 + (db.get(y) ?? Infinity) === shortest;
    return unique(ctx.f.relationships.flatMap(([type, a, b]) => [
      ...(on(a, b) ? [`${da.get(a)! + 1}|${a}|${type}|${b}`] : []),
      ...(on(b, a) ? [`${da.get(b)! + 1}|${a}|${type}|${b}`] : []),
    ])).sort();
  };
  const steps = (rows: Record<string, unknown>[]) => unique(lines(rows, ['hop', 'source', 'type', 'target']));

  it('finds every shortest connection between the CSTO and Turkey, as a graph', async () => {
    const { body } = await runReport(ctx.app, 'connection', { from: 'csto', to: 'turkey' });
    expect(steps(body.rows)).toEqual(expected('csto', 'turkey', 4));
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.graph!.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(['csto', 'russia', 'turkey']));
  });

  it('finds none within too few hops, and the statements that join Armenia and Azerbaijan', async () => {
    expect((await runReport(ctx.app, 'connection', { from: 'csto', to: 'turkey', maxHops: 2 })).body.rows).toEqual([]);
    const { body } = await runReport(ctx.app, 'connection', { from: 'armenia', to: 'azerbaijan', maxHops: 2 });
    expect(steps(body.rows)).toEqual(expected('armenia', 'azerbaijan', 2));
    const statement = body.graph!.nodes.find((n) => n.data.kind === 'statement')!;
    expect(statement.data.label).toBe(ctx.f.statement.get(statement.data.id)!.summary);
  });
});

// The read API on the seeded documents: what a user asks, and the words the answers must carry.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STANCE_POLARITY, type Stance } from '../../server/domain/stances.js';
import { getJson, seededApp } from '../helpers/app.js';

let app: FastifyInstance;
let close: () => Promise<void>;
beforeAll(async () => ({ app, close } = await seededApp()));
afterAll(() => close());
const get = (url: string) => getJson(app, url);

describe('actors', () => {
  it('finds actors ignoring case and diacritics, by name or alias, exact and prefix first', async () => {
    for (const q of ['erdogan', 'ERDOĞAN', 'Erdoğan']) expect((await get(`/api/actors?q=${encodeURIComponent(q)}`)).body.items[0].id).toBe('recep-tayyip-erdogan');
    expect((await get('/api/actors?q=pashinian')).body.items[0].id).toBe('nikol-pashinyan');
    expect((await get('/api/actors?q=mamedov')).body.items[0].id).toBe('ramin-mammadov');
    const aliyev = await get('/api/actors?q=aliyev');
    expect(aliyev.body.items[0].id).toBe('ilham-aliyev');
    expect(aliyev.body.total).toBe(aliyev.body.items.length);
    const people = await get('/api/actors?kind=person&limit=5&offset=5');
    expect(people.body).toMatchObject({ limit: 5, offset: 5 });
    expect(people.body.items.every((a: { kind: string }) => a.kind === 'person')).toBe(true);
  });

  it('shows an actor with ties both ways and office holders', async () => {
    const az = (await get('/api/actors/azerbaijan')).body;
    expect(az.officeHolders.map((t: { from: { id: string } }) => t.from.id)).toContain('ilham-aliyev');
    const medvedev = (await get('/api/actors/dmitry-medvedev')).body;
    expect(medvedev.statementsBy).toBeGreaterThan(0);
    expect(medvedev.ties.some((t: { type: string; to: { id: string } }) => t.type === 'HOLDS_OFFICE' && t.to.id === 'russia')).toBe(true);
  });

  it('answers 404 problem JSON for an unknown actor', async () => {
    const res = await get('/api/actors/nobody-at-all');
    expect(res.status).toBe(404);
    expect(res.type).toContain('application/problem+json');
    expect(res.body.detail).toContain('nobody-at-all');
  });
});

describe('statements', () => {
  it('answers "what did Medvedev say about Pashinyan" with his words, date, channel and source', async () => {
    const { body } = await get('/api/statements?speaker=dmitry-medvedev&about=nikol-pashinyan');
    const fate = body.items.find((s: { quote: string | null }) => s.quote?.includes('Guess what fate awaits him'));
    expect(fate).toMatchObject({ speaker: { id: 'dmitry-medvedev' }, date: '2023-09-19', channel: 'telegram' });
    expect(fate.about).toContainEqual(expect.objectContaining({ id: 'nikol-pashinyan', stance: 'threatens' }));
    expect(fate.sources.length).toBeGreaterThan(0);
    expect(fate.sources[0].excerpt).toContain('Guess what fate awaits him');
  });

  it('gives a joint statement once, with every speaker, and counts it for each of them', async () => {
    const joint = (await get('/api/statements/unhrc-joint-statement-20231012')).body;
    expect(joint.speaker.id).toBe('un-human-rights-council');
    expect(joint.speakers.map((sp: { id: string }) => sp.id)).toEqual(['un-human-rights-council', 'armenia', 'united-kingdom', 'germany', 'canada', 'united-states', 'france', 'japan']);
    expect(joint.summary).toContain('offer the OHCHR assistance');
    const byJapan = (await get('/api/statements?speaker=japan&limit=200')).body;
    expect(byJapan.items.map((s: { id: string }) => s.id)).toContain('unhrc-joint-statement-20231012');
    const byTwo = (await get('/api/statements?speaker=japan&speaker=germany&limit=200')).body;
    expect(byTwo.items.filter((s: { id: string }) => s.id === 'unhrc-joint-statement-20231012')).toHaveLength(1);
    expect(byTwo.total).toBe(byTwo.items.length);
    const all = (await get('/api/statements?limit=1')).body;
    expect(all.total).toBe((await get('/api/health')).body.counts.Statement);
    expect((await get('/api/actors/japan')).body.statementsBy).toBe(byJapan.total);
  });

  it('names who relayed words, marks a document\'s own voice, and gives each claim\'s figure', async () => {
    const hers = (await get('/api/statements?speaker=stepanakert-woman&limit=50')).body.items;
    const apocalypse = hers.find((s: { quote: string | null }) => s.quote?.includes('It feels like the apocalypse'));
    expect(apocalypse).toMatchObject({ modality: 'asserted', documentVoice: false, relayedBy: { id: 'arshak-makichyan', name: 'Arshak Makichyan' } });
    const voice = (await get('/api/statements?speaker=analysis-19-september-war-author&limit=50')).body.items;
    expect(voice.length).toBeGreaterThan(0);
    expect(voice.every((s: { documentVoice: boolean; relayedBy: unknown }) => s.documentVoice && s.relayedBy === null)).toBe(true);
    const tolls = (await get('/api/statements?position=armenian-death-toll-2023&limit=50')).body.items;
    const figures = tolls.map((s: { speaker: { id: string }; positions: { id: string; figure: string | null }[] }) => `${s.speaker.id}:${s.positions.find((p) => p.id === 'armenian-death-toll-2023')!.figure}`);
    expect(figures).toEqual(expect.arrayContaining(['artsakh:27', 'artsakh-government:about 200', 'analysis-19-september-war-author:at least 200']));
    const noFigure = (await get('/api/statements/nikol-pashinyan-ethnic-cleansing-nodate')).body;
    expect(noFigure.positions.every((p: { figure: string | null }) => p.figure === null)).toBe(true);
  });

  it('orders by date, then id, undated last, and pages with a total', async () => {
    const first = (await get('/api/statements?limit=200')).body;
    const keys = first.items.map((s: { date: string | null; id: string }) => [s.date ?? '9999', s.id].join('|'));
    expect(keys).toEqual([...keys].sort());
    const second = (await get('/api/statements?limit=10&offset=10')).body;
    expect(second.items.map((s: { id: string }) => s.id)).toEqual(first.items.slice(10, 20).map((s: { id: string }) => s.id));
    expect(second.total).toBe(first.total);
  });

  it('filters by stance, words, source and dates', async () => {
    const threats = (await get('/api/statements?stance=threatens')).body.items;
    expect(threats.length).toBeGreaterThan(0);
    expect(threats.every((s: { about: { stance: string }[] }) => s.about.some((a) => a.stance === 'threatens'))).toBe(true);
    const words = (await get('/api/statements?q=FATE%20awaits')).body.items;
    expect(words.map((s: { quote: string | null }) => s.quote)).toContain('Guess what fate awaits him');
    const ranged = (await get('/api/statements?from=2023-09-20&to=2023-09-20')).body.items;
    expect(ranged.length).toBeGreaterThan(0);
    expect(ranged.every((s: { date: string }) => s.date === '2023-09-20')).toBe(true);
  });

  it('shows one statement with its responses, and 404 for an unknown id', async () => {
    const some = (await get('/api/statements?limit=1')).body.items[0];
    const one = await get(`/api/statements/${some.id}`);
    expect(one.body).toMatchObject({ id: some.id, respondsTo: expect.any(Array), responses: expect.any(Array) });
    expect((await get('/api/statements/not-a-statement')).status).toBe(404);
  });
});

describe('positions and contradictions', () => {
  it('lists positions with both sides, and pairs opposite statements by different speakers', async () => {
    const positions = (await get('/api/positions?limit=200')).body.items;
    expect(positions.length).toBeGreaterThanOrEqual(20);
    const contested = positions.find((p: { supporters: number; rejecters: number }) => p.supporters > 0 && p.rejecters > 0);
    const detail = (await get(`/api/positions/${contested.id}`)).body;
    expect(detail.supports.length).toBeGreaterThan(0);
    expect(detail.rejects.length).toBeGreaterThan(0);
    const pairs = (await get(`/api/contradictions?position=${contested.id}`)).body;
    expect(pairs.total).toBeGreaterThan(0);
    for (const p of pairs.items) {
      expect(p.supports.speaker.id).not.toBe(p.rejects.speaker.id);
      expect(p.supports.positions).toContainEqual({ id: contested.id, label: contested.label, stance: 'supports', figure: null });
      expect(p.rejects.positions).toContainEqual({ id: contested.id, label: contested.label, stance: 'rejects', figure: null });
    }
  });
});

describe('events and sources', () => {
  it('lists events with participants, and sources with the statements they back', async () => {
    const events = (await get('/api/events?limit=200')).body;
    expect(events.total).toBeGreaterThanOrEqual(20);
    expect(events.items.find((e: { id: string }) => e.id === 'offensive-2023').participants.length).toBeGreaterThan(0);
    const sources = (await get('/api/sources')).body.items;
    expect(sources).toHaveLength(5);
    const iv = (await get('/api/sources/iv-it-feels-like-the-apocalypse')).body;
    expect(iv.url).toBe('https://internationalviewpoint.org/spip.php?article8252');
    expect(iv.statements.length).toBe(iv.statementCount);
  });
});

describe('graph', () => {
  it('overview has every actor and a hostile "spoke about" edge from Medvedev to Pashinyan', async () => {
    const total = (await get('/api/actors?limit=1')).body.total;
    const graph = (await get('/api/graph/overview')).body;
    expect(graph.nodes).toHaveLength(total);
    const edge = graph.edges.find((e: { data: { id: string } }) => e.data.id === 'spoke:dmitry-medvedev->nikol-pashinyan');
    expect(edge.data).toMatchObject({ type: 'SPOKE_ABOUT', polarity: STANCE_POLARITY[edge.data.dominantStance as Stance] });
    expect(edge.data.stances.threatens).toBeGreaterThan(0);
    expect(edge.data.statementIds).toBeUndefined();
    const detailed = (await get('/api/graph/overview?statementIds=true')).body;
    const same = detailed.edges.find((e: { data: { id: string } }) => e.data.id === edge.data.id);
    expect(same.data.statementIds).toHaveLength(edge.data.count);
    expect(same.data.statementIds).toEqual(expect.arrayContaining(['dmitry-medvedev-guess-what-fate-20230919', 'dmitry-medvedev-pashinyan-grievances-20230919']));
    const tiesOnly = (await get('/api/graph/overview?include=MEMBER_OF,HOLDS_OFFICE')).body;
    expect(tiesOnly.edges.every((e: { data: { type: string } }) => ['MEMBER_OF', 'HOLDS_OFFICE'].includes(e.data.type))).toBe(true);
  });

  it('neighbourhood grows with depth and says when the limit cut it', async () => {
    const one = (await get('/api/graph/neighborhood?id=dmitry-medvedev&depth=1')).body;
    const two = (await get('/api/graph/neighborhood?id=dmitry-medvedev&depth=2')).body;
    expect(one.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain('nikol-pashinyan');
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    const capped = (await get('/api/graph/neighborhood?id=dmitry-medvedev&depth=3&limit=5')).body;
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.nodes).toHaveLength(5);
  });

  it('a cut neighbourhood keeps the nearest actors: level by level, in the order they were reached, each one\'s neighbours by id', async () => {
    // The reference is worked out here from the overview's edges, independently of how the server asks for each level.
    const { edges } = (await get('/api/graph/overview')).body as { edges: { data: { source: string; target: string } }[] };
    const adjacent = new Map<string, Set<string>>();
    for (const { data: { source, target } } of edges) {
      for (const [a, b] of [[source, target], [target, source]] as const) adjacent.set(a, (adjacent.get(a) ?? new Set()).add(b));
    }
    const expected = (id: string, depth: number, limit: number) => {
      const seen = new Set([id]);
      let frontier = [id];
      let truncated = false;
      let cutAt = -1; // the place in its level of the actor whose neighbours met the limit
      for (let d = 0; d < depth && !truncated; d++) {
        const next: string[] = [];
        for (const [i, u] of frontier.entries()) {
          for (const v of [...(adjacent.get(u) ?? [])].sort()) {
            if (seen.has(v)) continue;
            if (seen.size >= limit) { truncated = true; cutAt = i; break; }
            seen.add(v); next.push(v);
          }
          if (truncated) break;
        }
        frontier = next;
      }
      return { ids: [...seen].sort(), truncated, cutAt };
    };
    let cutAfterManyAsked = 0;
    for (const id of ['dmitry-medvedev', 'russia', 'nikol-pashinyan']) {
      for (const [depth, limit] of [[2, 12], [2, 40], [2, 90], [3, 60], [3, 150], [3, 2000]] as const) {
        const got = (await get(`/api/graph/neighborhood?id=${id}&depth=${depth}&limit=${limit}`)).body as { nodes: { data: { id: string } }[]; truncated: boolean };
        const { cutAt, ...want } = expected(id, depth, limit);
        expect({ ids: got.nodes.map((n) => n.data.id), truncated: got.truncated }, `${id} depth ${depth} limit ${limit}`).toEqual(want);
        // The server asks for a level's first 8 actors' neighbours, then for the next 32: a cut further in needs its later asks.
        if (cutAt >= 8) cutAfterManyAsked++;
      }
    }
    expect(cutAfterManyAsked).toBeGreaterThan(0);
  });

  it('path connects two actors hop by hop, and 404s when nothing connects them within maxHops', async () => {
    const path = (await get('/api/graph/path?from=dmitry-medvedev&to=recep-tayyip-erdogan')).body;
    const hops = path.edges.map((e: { data: { hop: number } }) => e.data.hop);
    expect(Math.min(...hops)).toBe(1);
    const ids = path.nodes.map((n: { data: { id: string } }) => n.data.id);
    expect(ids).toEqual(expect.arrayContaining(['dmitry-medvedev', 'recep-tayyip-erdogan']));
    const none = await get('/api/graph/path?from=dmitry-medvedev&to=recep-tayyip-erdogan&maxHops=1');
    expect(none.status).toBe(404);
    expect(none.body.detail).toContain('within 1 hops');
  });
});

describe('time views', () => {
  it('timeline groups statements and events by day', async () => {
    const { days } = (await get('/api/timeline?from=2023-09-19&to=2023-09-21')).body;
    expect(days.map((d: { date: string }) => d.date)).toEqual(['2023-09-19', '2023-09-20', '2023-09-21']);
    expect(days[0].statements.length).toBeGreaterThan(0);
    expect(days[0].events.map((e: { id: string }) => e.id)).toContain('offensive-2023');
  });

  it('pairs shows statements each way between Armenia and Azerbaijan with a monthly series', async () => {
    const pair = (await get('/api/pairs?a=armenia&b=azerbaijan')).body;
    expect(pair.aAboutB.length).toBeGreaterThan(0);
    expect(pair.aAboutB.every((s: { speakers: { id: string }[] }) => s.speakers.some((sp) => sp.id === 'armenia'))).toBe(true);
    expect(pair.series.some((p: { month: string; speaker: string }) => p.month === '2023-09' && p.speaker === 'armenia')).toBe(true);
  });
});

// The store contract: every named query, run on the fixture dataset, must give these answers on
// every engine. The embedded suite always runs it; the Neo4j suite runs it where Neo4j can be had.
import { expect, it } from 'vitest';
import { asOfParams, dateRange } from '../../server/api/params.js';
import { createStatementRepo } from '../../server/api/statements-repo.js';
import { readDataset } from '../../server/domain/dataset.js';
import { hydratesInOneQuery, keysInPageOrder, pairOf, statementOfKey, STATEMENT_JOIN_WEIGHT } from '../../server/queries/reads/statements.js';
import { countNodes, loadDataset } from '../../server/store/load-dataset.js';
import type { GraphStore, Row } from '../../server/store/store.js';
import { onNeo4j } from '../helpers/engine.js';
import { FIXTURE } from '../helpers/stores.js';
import { pairLines, stanceLines, unfoldedPairs } from '../helpers/spoke-pairs.js';

const noDate = dateRange();
const noAsOf = asOfParams();
const allFilters = { speakers: [], about: [], stances: [], position: '', source: '', q: '', involving: [], ...noDate };
const ids = (rows: Row[], key = 'id') => rows.map((r) => r[key]);

export function storeContract(getStore: () => GraphStore): void {
  const read = (name: Parameters<GraphStore['read']>[0], params: Record<string, unknown> = {}) => getStore().read(name, params);

  it('counts every label and relationship type of the fixture', async () => {
    expect(await countNodes(getStore())).toEqual({ Actor: 5, Statement: 4, Source: 1, Position: 2, Event: 1, Place: 1 });
    const rels = Object.fromEntries((await read('count-relationships-by-type')).map((r) => [r.type, r.n]));
    expect(rels).toEqual({ SAID: 4, RELAYED: 0, ABOUT: 6, TAKES: 3, CITED_IN: 4, MEMBER_OF: 1, HOLDS_OFFICE: 1, ALLIED_WITH: 1, SUPPLIES_ARMS_TO: 1, PARTICIPATED_IN: 2, RESPONDS_TO: 1, AT: 1, REPORTED_IN: 1 });
  });

  it('loads idempotently: a second load changes no count', async () => {
    const before = await countNodes(getStore());
    await loadDataset(getStore(), await readDataset([FIXTURE]));
    expect(await countNodes(getStore())).toEqual(before);
  });

  it('rolls back a write batch whose later step fails', async () => {
    const before = await countNodes(getStore());
    await expect(getStore().write([
      { query: 'load/upsert-positions', params: { rows: [{ id: 'claim-z', label: 'Z', description: null }] } },
      { query: 'load/upsert-events', params: { rows: [{ id: 'bad-event', name: 'Bad', date: 'not-a-date', endDate: null, description: null }] } },
    ])).rejects.toThrow();
    expect(await countNodes(getStore())).toEqual(before);
  });

  it('search-actors ranks exact, prefix and word matches on folded names and aliases', async () => {
    const search = (q: string) => read('search-actors', { q, kind: '', exact: `|${q}|`, prefix: `|${q}`, word: ` ${q}`, limit: 10, offset: 0 });
    expect(await search('alpha')).toEqual([{ id: 'state-a', rank: 0 }]);
    expect(await search('person')).toEqual([{ id: 'person-p', rank: 1 }]);
    expect(ids(await search('state'))).toEqual(['state-a', 'state-b']);
    expect(await read('count-actors', { q: 'state', kind: '' })).toEqual([{ total: 2 }]);
    expect(await read('count-actors', { q: '', kind: 'alliance' })).toEqual([{ total: 1 }]);
  });

  it('actors-by-ids and all-actors count statements by and about each actor', async () => {
    const rows = await read('actors-by-ids', { ids: ['state-a', 'loner'] });
    expect(rows.find((r) => r.id === 'state-a')).toMatchObject({ name: 'State Ä', kind: 'state', aliases: ['Alpha'], statementsBy: 0, statementsAbout: 2 });
    expect(rows.find((r) => r.id === 'loner')).toMatchObject({ statementsBy: 0, statementsAbout: 0, description: null, unnamed: false });
    const all = await read('all-actors');
    expect(ids(all)).toEqual(['bloc-c', 'loner', 'person-p', 'state-a', 'state-b']);
    expect(all.find((r) => r.id === 'person-p')).toMatchObject({ said: 1, spokenAbout: 1 });
    // One row per actor, however often its id is given; an unknown id gives none; the counts are all-actors' own.
    const each = await read('actors-by-ids', { ids: [...ids(all), 'state-a', 'nobody'] });
    expect(each.map((r) => [r.id, r.statementsBy, r.statementsAbout]).sort()).toEqual(all.map((r) => [r.id, r.said, r.spokenAbout]).sort());
    // actor-by-id gives each actor's row as the list does, and nothing for an unknown id.
    for (const id of ids(all).map(String)) expect(await read('actor-by-id', { id }), id).toEqual(each.filter((r) => r.id === id));
    expect(await read('actor-by-id', { id: 'nobody' })).toEqual([]);
  });

  it('actor-ties returns ties both ways with ISO dates, and respects as-of', async () => {
    const ties = await read('actor-ties', { id: 'state-a', ...noAsOf });
    expect(ties.map((t) => `${t.type} ${t.fromId}->${t.toId}`).sort()).toEqual([
      'ALLIED_WITH state-a->state-b', 'HOLDS_OFFICE person-p->state-a', 'MEMBER_OF state-a->bloc-c', 'SUPPLIES_ARMS_TO state-b->state-a',
    ]);
    expect(ties.find((t) => t.type === 'SUPPLIES_ARMS_TO')).toMatchObject({ detail: 'drones', since: '2021-01-01', until: null, source: 'doc-one', excerpt: 'B arms A.' });
    expect(ties.find((t) => t.type === 'HOLDS_OFFICE')).toMatchObject({
      detail: 'President', since: '2010-05-01', until: '2020-05-01', fromName: 'Pérson P', fromKind: 'person', toName: 'State Ä', toKind: 'state',
    });
    const asOf2022 = await read('actor-ties', { id: 'state-a', useAsOf: true, asOf: '2022-01-01' });
    expect(asOf2022.map((t) => t.type).sort()).toEqual(['ALLIED_WITH', 'MEMBER_OF', 'SUPPLIES_ARMS_TO']);
    expect((await read('ties-all', noAsOf)).length).toBe(4);
    expect((await read('ties-among', { ids: ['state-a', 'state-b'], ...noAsOf })).map((t) => t.type).sort()).toEqual(['ALLIED_WITH', 'SUPPLIES_ARMS_TO']);
    // The ties among a set are every actor's ties with both ends in it (LadybugDB tests the ends by offset).
    const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();
    for (const set of [['state-a', 'state-b'], ['bloc-c', 'loner', 'person-p', 'state-a', 'state-b', 'nobody'], ['person-p', 'bloc-c'], ['nobody'], []]) {
      for (const asOf of [noAsOf, { useAsOf: true, asOf: '2022-01-01' }]) {
        const within = (await read('ties-all', asOf)).filter((t) => set.includes(String(t.fromId)) && set.includes(String(t.toId)));
        expect(sorted(await read('ties-among', { ids: set, ...asOf })), set.join(',')).toEqual(sorted(within));
      }
    }
    // A tie from an actor to itself is listed once. It is taken away again, so the fixture stays as it was.
    const selfTie = { from: 'loner', to: 'loner', detail: 'itself', since: null, until: null, source: 'doc-one', excerpt: 'L allies with itself.' };
    await getStore().write([{ query: 'load/link-alliances', params: { rows: [selfTie] } }]);
    try {
      const own = await read('actor-ties', { id: 'loner', ...noAsOf });
      expect(own.map((t) => `${t.type} ${t.fromId}->${t.toId} ${t.detail}`)).toEqual(['ALLIED_WITH loner->loner itself']);
      expect((await read('ties-among', { ids: ['loner'], ...noAsOf })).map((t) => `${t.type} ${t.fromId}->${t.toId} ${t.detail}`)).toEqual(['ALLIED_WITH loner->loner itself']);
      expect(await read('tie-neighbours', { ids: ['loner'], ...noAsOf })).toEqual([{ id: 'loner', neighbour: 'loner', type: 'ALLIED_WITH' }]);
    } finally {
      await getStore().write([{ query: 'write/delete-ties-allied-with', params: { rows: [selfTie] } }]);
    }
  });

  it('actor-events and the event queries name roles, places and dates', async () => {
    expect(await read('actor-events', { id: 'state-a' })).toEqual([{ id: 'war-w', name: 'War W', date: '2023-09-19', role: 'attacker' }]);
    expect(await read('events-between', noDate)).toEqual([{ id: 'war-w', name: 'War W', date: '2023-09-19', endDate: '2023-09-20', description: 'A war.' }]);
    expect(await read('events-between', { anyDate: false, from: '2024-01-01', to: '2024-12-31' })).toEqual([]);
    expect(await read('event-places', { ids: ['war-w'] })).toEqual([{ event: 'war-w', id: 'town-t', name: 'Town T' }]);
    expect(ids(await read('event-participants', { ids: ['war-w'] }))).toEqual(['state-b', 'state-a']); // by name, code point order
  });

  it('spoken-about gives one row per statement and actor target, filtered by stance and date', async () => {
    const rows = await read('spoken-about', { stances: [], ...noDate });
    expect(rows.map((r) => `${r.source}->${r.target}:${r.stance}:${r.statement}`)).toEqual([
      'bloc-c->state-a:supports:s4', 'person-p->state-b:threatens:s1', 'state-b->person-p:condemns:s2', 'state-b->state-a:urges:s3',
    ]);
    expect(ids(await read('spoken-about', { stances: ['condemns'], ...noDate }), 'statement')).toEqual(['s2']);
    expect(ids(await read('spoken-about', { stances: [], anyDate: false, from: '2023-09-20', to: '2023-12-31' }), 'statement')).toEqual(['s2', 's3']);
    expect(ids(await read('spoken-among', { ids: ['state-a', 'state-b', 'person-p'], stances: [], ...noDate }), 'statement')).toEqual(['s1', 's2', 's3']);
    expect(ids(await read('spoken-among', { ids: ['state-a', 'state-b'], stances: ['urges'], anyDate: false, from: '2023-09-20', to: '2023-12-31' }), 'statement')).toEqual(['s3']);
  });

  it('spoke-pairs and spoke-pairs-among fold the same rows per speaker, target and stance, with counts and first and last dates', async () => {
    // In the fixture each pair and stance has one statement, so the folded rows are the unfolded ones.
    expect(stanceLines(await read('spoke-pairs', { stances: [], ...noDate }))).toEqual(stanceLines((await read('spoken-about', { stances: [], ...noDate })).map((r) => ({ ...r, statements: 1, firstDate: r.date, lastDate: r.date }))));
    expect(stanceLines(await read('spoke-pairs', { stances: ['condemns'], ...noDate }))).toEqual(['state-b->person-p:condemns:1:2023-09-20..2023-09-20']);
    expect(stanceLines(await read('spoke-pairs-among', { ids: ['state-a', 'state-b'], stances: ['urges'], anyDate: false, from: '2023-09-20', to: '2023-12-31' }))).toEqual(['state-b->state-a:urges:1:2023-10-01..2023-10-01']);
    expect(await read('spoke-pairs-among', { ids: ['state-a', 'loner'], stances: [], ...noDate })).toEqual([]);
  });

  it('spoke-edges and spoke-edges-among read the derived relationships: the rows spoke-pairs folds from the statements', async () => {
    // spoke-edges-among folds each pair's rows into one: stances and counts in the same order, the pair's first and last dates.
    for (const stances of [[], ['condemns', 'urges']]) {
      expect(stanceLines(await read('spoke-edges', { stances }))).toEqual(stanceLines(await read('spoke-pairs', { stances, ...noDate })));
      const among = { ids: ['state-a', 'state-b', 'person-p'], stances };
      const folded = await read('spoke-edges-among', among);
      expect(pairLines(unfoldedPairs(folded))).toEqual(pairLines(await read('spoke-pairs-among', { ...among, ...noDate })));
      expect(folded.length).toBe(new Set(folded.map((r) => `${r.source}->${r.target}`)).size);
    }
    expect(stanceLines(await read('spoke-edges', { stances: [] }))).toHaveLength(4);
  });

  it('spoke-neighbours lists each actor\'s one-step neighbours; tie-neighbours one row each', async () => {
    const spoke = await read('spoke-neighbours', { ids: ['state-a', 'loner'] });
    expect(spoke.map((r) => ({ id: r.id, neighbours: (r.neighbours as string[]).sort() }))).toEqual([{ id: 'state-a', neighbours: ['bloc-c', 'state-b'] }]);
    const rows = async (name: 'tie-neighbours', asOf = noAsOf) =>
      (await read(name, { ids: ['state-a', 'loner'], ...asOf })).map((r) => [r.id, r.neighbour, r.type].join('>')).sort();
    expect(await rows('tie-neighbours')).toEqual([
      'state-a>bloc-c>MEMBER_OF', 'state-a>person-p>HOLDS_OFFICE', 'state-a>state-b>ALLIED_WITH', 'state-a>state-b>SUPPLIES_ARMS_TO',
    ]);
    expect(await rows('tie-neighbours', { useAsOf: true, asOf: '2022-01-01' })).toEqual([
      'state-a>bloc-c>MEMBER_OF', 'state-a>state-b>ALLIED_WITH', 'state-a>state-b>SUPPLIES_ARMS_TO',
    ]);
    // Each actor's neighbours are the other ends of its "spoke about" relationships and of its ties, either
    // way (LadybugDB tests the actors by offset): checked for every actor at once, an unknown id and none.
    const spokeEdges = await read('spoke-edges', { stances: [] });
    const asOf2022 = { useAsOf: true, asOf: '2022-01-01' };
    const tiesThen = await read('ties-all', asOf2022);
    for (const set of [['bloc-c', 'loner', 'person-p', 'state-a', 'state-b', 'nobody'], ['person-p'], ['nobody'], []]) {
      const spokeOf = new Map<string, Set<string>>();
      for (const r of spokeEdges) {
        for (const [a, b] of [[String(r.source), String(r.target)], [String(r.target), String(r.source)]] as const) if (set.includes(a)) spokeOf.set(a, (spokeOf.get(a) ?? new Set()).add(b));
      }
      const got = (await read('spoke-neighbours', { ids: set })).map((r) => [r.id, (r.neighbours as string[]).sort()]);
      expect(got.sort(), set.join(',')).toEqual([...spokeOf].map(([a, bs]) => [a, [...bs].sort()]).sort());
      const tied = new Set(tiesThen.flatMap((t) => [[t.fromId, t.toId], [t.toId, t.fromId]].filter(([a]) => set.includes(String(a))).map(([a, b]) => `${a}>${b}>${t.type}`)));
      expect((await read('tie-neighbours', { ids: set, ...asOf2022 })).map((r) => [r.id, r.neighbour, r.type].join('>')).sort(), set.join(',')).toEqual([...tied].sort());
      // spoke-neighbours-within: the same lists kept to another set, which may overlap this one; no row for an actor with none in it.
      for (const within of [['state-b', 'bloc-c'], set, ['person-p', 'nobody'], []]) {
        const kept = [...spokeOf].map(([a, bs]) => [a, [...bs].filter((b) => within.includes(b)).sort()] as const).filter(([, bs]) => bs.length > 0);
        const gotWithin = (await read('spoke-neighbours-within', { ids: set, within })).map((r) => [r.id, (r.neighbours as string[]).sort()]);
        expect(gotWithin.sort(), `${set.join(',')} within ${within.join(',')}`).toEqual(kept.sort());
      }
    }
  });

  it('find-statements filters and orders by date (undated last), then id', async () => {
    const find = async (f: Record<string, unknown>, limit = 10, offset = 0) => ids(await read('find-statements', { ...allFilters, ...f, limit, offset }));
    expect(await find({})).toEqual(['s1', 's2', 's3', 's4']);
    expect(await find({}, 2, 1)).toEqual(['s2', 's3']);
    expect(await find({ speakers: ['state-b'] })).toEqual(['s2', 's3']);
    expect(await find({ about: ['state-a'], stances: ['urges'] })).toEqual(['s3']);
    expect(await find({ about: ['town-t'] })).toEqual(['s2']);
    expect(await find({ stances: ['threatens'] })).toEqual(['s1']);
    expect(await find({ stances: ['threatens', 'urges'] })).toEqual(['s1', 's3']);
    expect(await find({ q: 'peace' })).toEqual(['s3']);
    expect(await find({ position: 'claim-x' })).toEqual(['s1', 's2']);
    expect(await find({ source: 'doc-one' })).toEqual(['s1', 's2', 's3', 's4']);
    expect(await find({ involving: ['person-p'] })).toEqual(['s1', 's2']);
    expect(await find({ anyDate: false, from: '2023-09-20', to: '2023-09-30' })).toEqual(['s2']);
    expect(await read('count-statements', { ...allFilters, speakers: ['state-b'] })).toEqual([{ total: 2 }]);
  });

  it('the by-speakers, about and by-speakers-about variants of find/count-statements answer as the general query does', async () => {
    const filters: Record<string, unknown>[] = [
      { speakers: ['state-b'] }, { speakers: ['state-b'], stances: ['urges'] }, { speakers: ['state-b', 'person-p'], q: 'peace' },
      { about: ['state-a'] }, { about: ['state-a'], stances: ['urges', 'threatens'] }, { about: ['town-t', 'state-b'] },
      { speakers: ['state-b'], about: ['state-a'] }, { speakers: ['person-p'], about: ['state-a'] }, { speakers: ['state-b', 'bloc-c'], about: ['state-a', 'person-p'] },
      { speakers: ['state-b'], about: ['state-a'], anyDate: false, from: '2023-09-20', to: '2023-09-30' },
      { about: ['state-a', 'person-p'], anyDate: false, from: '2023-09-20', to: '2023-09-30' },
      // B said two statements and P is spoken about in one.
      { speakers: ['state-b'], about: ['person-p'] }, { speakers: ['state-b'], about: ['person-p'], stances: ['condemns'] },
      { speakers: ['state-b'], about: ['person-p'], stances: ['urges'] }, { speakers: ['nobody'], about: ['state-a'] }, { speakers: ['state-b'], about: ['nobody'] },
      { speakers: ['state-b'], about: ['town-t'] }, { speakers: ['state-b'], about: ['state-a'], stances: ['urges', 'condemns'], anyDate: false, from: '2023-10-01', to: '2023-10-01' },
    ];
    for (const f of filters) {
      const params = { ...allFilters, ...f };
      const variant = [(f.speakers as string[] | undefined) && 'by-speakers', (f.about as string[] | undefined) && 'about'].filter(Boolean).join('-');
      const general = ids(await read('find-statements', { ...params, limit: 10, offset: 0 }));
      expect(ids(await read(`find-statements-${variant}` as 'find-statements-about', { ...params, limit: 10, offset: 0 })), JSON.stringify(f)).toEqual(general);
      expect(await read(`count-statements-${variant}` as 'count-statements-about', params), JSON.stringify(f)).toEqual([{ total: general.length }]);
      // statements-page starts from the smaller side (a join weight of 0) or joins both (a huge one), else as the weight says.
      for (const joinWeight of hydratesInOneQuery(getStore().backend) ? [0, STATEMENT_JOIN_WEIGHT, 1_000_000] : []) {
        const [found] = await read('statements-page', { ...params, limit: 10, offset: 0, joinWeight });
        expect({ total: found!.total, ids: ids(found!.page as Row[]) }, JSON.stringify({ ...f, joinWeight })).toEqual({ total: general.length, ids: general });
      }
      // One speaker about one actor: the page from their derived relationships, at every offset; a target
      // that is not an actor (a place, or no such id) says so, and the general page answers for it.
      const pair = pairOf(params);
      const paired = pair !== undefined && !['town-t', 'nobody'].includes(pair.target);
      for (const offset of pair && onNeo4j ? [0, 1, 2] : []) {
        const [found] = await read('statements-page-of-pair', { ...pair, stances: params.stances, anyDate: params.anyDate, from: params.from, to: params.to, limit: 1, offset });
        expect({ paired: found!.paired, ...(paired && { total: found!.total, ids: ids(found!.page as Row[]) }) }, JSON.stringify({ ...f, offset }))
          .toEqual({ paired, ...(paired && { total: general.length, ids: general.slice(offset, offset + 1) }) });
      }
      if (pair && !onNeo4j) {
        const keys = await read('pair-statement-keys', { ...pair, stances: params.stances });
        expect({ paired: keys.length > 0, ...(paired && { ids: keysInPageOrder(keys.flatMap((r) => r.keys as string[] ?? []), params).map(statementOfKey) }) }, JSON.stringify(f))
          .toEqual({ paired, ...(paired && { ids: general }) });
      }
    }
  });

  it('actors-exist names the ids that are actors', async () => {
    expect(ids(await read('actors-exist', { ids: ['state-a', 'nobody', 'town-t', 'bloc-c'] })).sort()).toEqual(['bloc-c', 'state-a']);
  });

  it('statements come whole: speakers, targets, positions, sources, and their responses', async () => {
    const repo = createStatementRepo(getStore());
    const [s1, s2] = await repo.byIds(['s1', 's2']);
    expect(s1).toEqual({
      id: 's1', quote: 'We will win', summary: 'P says A will win.', date: '2023-09-19', datePrecision: 'day', channel: 'televised address',
      lang: 'en', modality: 'asserted', documentVoice: false, relayedBy: null,
      speaker: { id: 'person-p', name: 'Pérson P', kind: 'person' }, speakers: [{ id: 'person-p', name: 'Pérson P', kind: 'person' }],
      about: [{ id: 'state-b', name: 'State B', kind: 'state', stance: 'threatens' }, { id: 'war-w', name: 'War W', kind: 'event', stance: 'states' }],
      positions: [{ id: 'claim-x', label: 'Claim X is true', stance: 'supports', figure: null }],
      sources: [{ id: 'doc-one', title: 'Document One', url: 'https://example.org/one', publisher: 'Test Press', excerpt: 'P said: "We will win".' }],
    });
    expect(s2!.about.map((t) => `${t.id}:${t.kind}:${t.stance}`)).toEqual(['person-p:person:condemns', 'town-t:place:states']);
    expect(await repo.byIds(['nobody', 's2', 's2'])).toEqual([s2, s2]);
    expect(await read('statement-responses', { id: 's2' })).toEqual([{ direction: 'respondsTo', id: 's1' }]);
    expect(await read('statement-responses', { id: 's1' })).toEqual([{ direction: 'responses', id: 's2' }]);
  });

  it('positions, their sides and contradictions', async () => {
    expect(await read('positions-with-sides', { id: '' })).toEqual([
      { id: 'claim-x', label: 'Claim X is true', description: null, supporters: 1, rejecters: 1 },
      { id: 'claim-y', label: 'Claim Y is true', description: null, supporters: 1, rejecters: 0 },
    ]);
    expect(await read('position-statements', { id: 'claim-x' })).toEqual([
      { stance: 'rejects', actorId: 'state-b', actorName: 'State B', actorKind: 'state', statement: 's2' },
      { stance: 'supports', actorId: 'person-p', actorName: 'Pérson P', actorKind: 'person', statement: 's1' },
    ]);
    expect(await read('contradictions', { position: '', limit: 10, offset: 0 })).toEqual([{ positionId: 'claim-x', positionLabel: 'Claim X is true', supports: 's1', rejects: 's2' }]);
    expect(await read('count-contradictions', { position: 'claim-y' })).toEqual([{ total: 0 }]);
  });

  it('sources-with-counts counts the statements each source backs', async () => {
    expect(await read('sources-with-counts', { id: '' })).toEqual([{ id: 'doc-one', title: 'Document One', publisher: 'Test Press', url: 'https://example.org/one', published: '2023-09-20', kind: 'independent press', statementCount: 4 }]);
  });

  it('readText returns plain JSON for nodes, relationships and paths', async () => {
    const { rows, columns, truncated } = await getStore().readText(
      "MATCH (a:Actor {id: 'state-b'})-[r:SUPPLIES_ARMS_TO]->(b:Actor) RETURN a, r, b.id AS target", {}, { timeoutMs: 5000, rowCap: 10 });
    expect(columns).toEqual(['a', 'r', 'target']);
    expect(truncated).toBe(false);
    expect(rows[0]!.a).toMatchObject({ id: 'state-b', kind: 'state', labels: ['Actor'], name: 'State B' });
    const position = await getStore().readText("MATCH (p:Position {id: 'claim-x'}) RETURN p", {}, { timeoutMs: 5000, rowCap: 1 });
    // An unset (null) property is left out on both engines, as Neo4j stores no nulls.
    expect(position.rows[0]!.p).toEqual({ id: 'claim-x', label: 'Claim X is true', kind: 'position', labels: ['Position'] });
    expect(rows[0]!.r).toMatchObject({ type: 'SUPPLIES_ARMS_TO', from: 'state-b', to: 'state-a', items: 'drones', since: '2021-01-01' });
    // A path's relationships name their ends from its nodes; a relationship whose end comes after it in the row, from that node.
    const path = await getStore().readText("MATCH p = (:Actor {id: 'state-b'})-[:SUPPLIES_ARMS_TO]->(:Actor) RETURN p", {}, { timeoutMs: 5000, rowCap: 1 });
    expect(path.rows[0]!.p).toMatchObject({ nodes: [{ id: 'state-b' }, { id: 'state-a' }], relationships: [{ type: 'SUPPLIES_ARMS_TO', from: 'state-b', to: 'state-a', items: 'drones' }] });
    const later = await getStore().readText("MATCH (:Actor {id: 'state-b'})-[r:SUPPLIES_ARMS_TO]->(b:Actor) RETURN r, b", {}, { timeoutMs: 5000, rowCap: 1 });
    expect(later.rows[0]).toMatchObject({ r: { type: 'SUPPLIES_ARMS_TO', from: 'state-b', to: 'state-a' }, b: { id: 'state-a', labels: ['Actor'] } });
    const capped = await getStore().readText('MATCH (a:Actor) RETURN a.id AS id ORDER BY id', {}, { timeoutMs: 5000, rowCap: 2 });
    expect(capped).toMatchObject({ rows: [{ id: 'bloc-c' }, { id: 'loner' }], truncated: true });
    // Columns named as the engine names a node's or a relationship's parts are still just columns.
    const named = await getStore().readText("RETURN 'x' AS _label, 1 AS _id, 2 AS _src, 3 AS _dst, ['a'] AS _nodes, [] AS _rels", {}, { timeoutMs: 5000, rowCap: 1 });
    expect(named.rows).toEqual([{ _label: 'x', _id: 1, _src: 2, _dst: 3, _nodes: ['a'], _rels: [] }]);
  });
}

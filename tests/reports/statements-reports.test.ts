// The statement reports on the seeded embedded database, each with its defaults and with one other
// parameter set, against what the seed files say.
import { describe, expect, it } from 'vitest';
import { speakersOf } from '../../server/domain/records.js';
import { lines, runReport, useSeededApp } from './harness.js';
import { byText, countBy, groupBy, isHostile, unique } from './seed-facts.js';

const ctx = useSeededApp();

const dates = (ids: string[]) => ids.map((i) => ctx.f.statement.get(i)!.date).filter((x): x is string => x !== null).sort();
const ordered = (ids: string[]) => [...ids].sort((a, b) => {
  const [da, db] = [ctx.f.statement.get(a)!.date, ctx.f.statement.get(b)!.date];
  return (da === null ? 1 : 0) - (db === null ? 1 : 0) || byText(da ?? '', db ?? '') || byText(a, b);
});

describe('statements-about', () => {
  const expected = (target: string, from?: string, to?: string, undated?: boolean) => {
    const ms = ctx.f.actorMentions.filter((m) => m.target === target && ctx.f.inRange(m.date, from, to, undated));
    return [...groupBy(ms, (m) => `${m.speaker}|${m.stance}`)].map(([key, group]) => {
      const ids = unique(group.map((m) => m.statement));
      const ds = dates(ids);
      return [key, ids.length, ds[0] ?? '', ds[ds.length - 1] ?? '', [...ids].sort().join(',')].join('|');
    }).sort();
  };
  const columns = ['speaker', 'stance', 'statements', 'firstDate', 'lastDate', 'statementIds'];

  it('groups every statement about Azerbaijan by speaker and stance, most statements first', async () => {
    const { status, body } = await runReport(ctx.app, 'statements-about', { target: 'azerbaijan' });
    expect(status).toBe(200);
    expect(lines(body.rows, columns)).toEqual(expected('azerbaijan'));
    expect(body.rows.find((r) => r.speaker === 'artsakh')).toMatchObject({ speakerName: 'Republic of Artsakh' });
    const counts = body.rows.map((r) => Number(r.statements));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps to a date range and can leave undated statements out', async () => {
    const { body } = await runReport(ctx.app, 'statements-about', { target: 'russia', from: '2023-09-20', to: '2023-09-21', undated: false });
    expect(lines(body.rows, columns)).toEqual(expected('russia', '2023-09-20', '2023-09-21', false));
    expect(body.rows.map((r) => r.speaker)).toContain('ilham-aliyev');
  });
});

describe('statements-by', () => {
  const expected = (speaker: string, stance?: string, undated = true) => ordered(ctx.data.statements
    .filter((s) => speakersOf(s).includes(speaker) && ctx.f.inRange(s.date, undefined, undefined, undated) && (!stance || s.about.some((a) => a.stance === stance)))
    .map((s) => s.id));

  it("lists everything Russia said in date order, undated last, with each statement's targets and stances", async () => {
    const { body } = await runReport(ctx.app, 'statements-by', { speaker: 'russia' });
    expect(body.rows.map((r) => r.statement)).toEqual(expected('russia'));
    for (const row of body.rows) {
      const s = ctx.f.statement.get(String(row.statement))!;
      expect((row.about as string[]).sort()).toEqual(s.about.map((a) => `${ctx.f.names.get(a.target)} (${a.stance})`).sort());
      expect(row.words).toBe(s.quote ?? s.summary);
    }
  });

  it('filters by stance, leaves undated statements out and stops at the limit', async () => {
    const all = expected('azerbaijan', 'states', false);
    expect(all.length).toBeGreaterThan(3);
    const { body } = await runReport(ctx.app, 'statements-by', { speaker: 'azerbaijan', stance: 'states', undated: false, limit: 3 });
    expect(body.rows.map((r) => r.statement)).toEqual(all.slice(0, 3));
  });
});

describe('said-about', () => {
  const holders = (of: string) => ctx.data.ties.filter((t) => t.type === 'HOLDS_OFFICE' && t.to === of).map((t) => t.from);
  const expected = (speakers: string[], target: string) => ctx.f.actorMentions
    .filter((m) => speakers.includes(m.speaker) && m.target === target)
    .map((m) => `${m.statement}|${m.speaker}|${m.stance}`).sort();

  it('gives what Russia itself said about Azerbaijan, with its sources', async () => {
    const { body } = await runReport(ctx.app, 'said-about', { speaker: 'russia', target: 'azerbaijan' });
    expect(lines(body.rows, ['statement', 'speaker', 'stance'])).toEqual(expected(['russia'], 'azerbaijan'));
    expect(body.rows.map((r) => r.statement)).toEqual(['russia-observer-mission-needs-azerbaijan-consent-nodate']);
    const s = ctx.f.statement.get('russia-observer-mission-needs-azerbaijan-consent-nodate')!;
    expect(body.rows[0]!.sources).toEqual(s.sources.map((c) => ctx.f.source.get(c.source)!.title));
  });

  it("adds the statements of Russia's office holders when asked", async () => {
    const { body } = await runReport(ctx.app, 'said-about', { speaker: 'russia', target: 'azerbaijan', viaOffice: true });
    expect(lines(body.rows, ['statement', 'speaker', 'stance'])).toEqual(expected(['russia', ...holders('russia')], 'azerbaijan'));
    expect(body.rows.map((r) => r.speaker)).toContain('sergei-lavrov');
  });
});

describe('timeline', () => {
  const expected = (from = '0001-01-01', to = '9999-12-31', actor?: string) => {
    const statements = ctx.data.statements.filter((s) => s.date !== null && s.date >= from && s.date <= to
      && (!actor || speakersOf(s).includes(actor) || s.about.some((a) => a.target === actor)));
    const events = ctx.data.events.filter((e) => e.date !== null && e.date >= from && e.date <= to
      && (!actor || e.participants.some((p) => p.actor === actor)));
    return [...statements.map((s) => `${s.date}|statement|${s.id}`), ...events.map((e) => `${e.date}|event|${e.id}`)].sort(byText);
  };
  const keys = (rows: Record<string, unknown>[]) => rows.map((r) => `${r.date}|${r.kind}|${r.id}`);

  it('lists every dated statement and event, day by day', async () => {
    const { body } = await runReport(ctx.app, 'timeline');
    expect(keys(body.rows)).toEqual(expected());
    expect(body.rows.find((r) => r.id === 'offensive-2023')).toMatchObject({ date: '2023-09-19', kind: 'event', text: '2023 Azerbaijani offensive in Nagorno-Karabakh' });
  });

  it('keeps to the days asked and to what involves one actor', async () => {
    const { body } = await runReport(ctx.app, 'timeline', { from: '2023-09-19', to: '2023-09-21', actor: 'russia' });
    expect(keys(body.rows)).toEqual(expected('2023-09-19', '2023-09-21', 'russia'));
    expect(body.rows.length).toBeGreaterThan(3);
  });
});

describe('source-coverage', () => {
  // A statement can cite one source twice (two excerpts): it is still backed by one source.
  const sourceCount = (id: string) => unique(ctx.f.statement.get(id)!.sources.map((c) => c.source)).length;
  const expected = (max: number, speaker?: string) => ctx.data.statements
    .filter((s) => sourceCount(s.id) <= max && (!speaker || speakersOf(s).includes(speaker)))
    .map((s) => `${s.id}|${sourceCount(s.id)}`).sort();

  it('lists the statements backed by a single source', async () => {
    const { body } = await runReport(ctx.app, 'source-coverage');
    expect(lines(body.rows, ['statement', 'sources'])).toEqual(expected(1));
    expect(body.rows.every((r) => r.sources === 1 && (r.sourceTitles as string[]).length === 1)).toBe(true);
  });

  it("lists one speaker's statements backed by at most two sources", async () => {
    const { body } = await runReport(ctx.app, 'source-coverage', { maxSources: 2, speaker: 'azerbaijan' });
    expect(lines(body.rows, ['statement', 'sources'])).toEqual(expected(2, 'azerbaijan'));
  });
});

describe('most-vocal and most-targeted', () => {
  type Filter = { kind?: string; from?: string; to?: string; undated?: boolean; limit?: number };
  const ranked = (counts: [string, number, ...number[]][], limit: number) => counts
    .sort((a, b) => b[1] - a[1] || byText(ctx.f.actor.get(a[0])!.name, ctx.f.actor.get(b[0])!.name))
    .slice(0, limit).map((c) => c.join('|'));

  const vocal = ({ kind, from, to, undated, limit = 20 }: Filter) => {
    // A joint statement counts once for each of its speakers.
    const said = ctx.data.statements.flatMap((s) => speakersOf(s).map((speaker) => ({ s, speaker })))
      .filter(({ s, speaker }) => ctx.f.inRange(s.date, from, to, undated) && (!kind || ctx.f.actor.get(speaker)!.kind === kind));
    return ranked([...groupBy(said, (x) => x.speaker)].map(([speaker, xs]): [string, number, number, number] => {
      const ss = xs.map((x) => x.s);
      return [
      speaker, ss.length, ss.filter((s) => s.about.some((a) => isHostile(a.stance))).length,
      unique(ss.flatMap((s) => s.about.map((a) => a.target)).filter((t) => ctx.f.actor.has(t) && t !== speaker)).length,
      ];
    }), limit);
  };
  const targeted = ({ kind, from, to, undated, limit = 20 }: Filter) => {
    const ms = ctx.f.actorMentions.filter((m) => m.speaker !== m.target && ctx.f.inRange(m.date, from, to, undated) && (!kind || ctx.f.actor.get(m.target)!.kind === kind));
    return ranked([...groupBy(ms, (m) => m.target)].map(([target, group]): [string, number, number, number] => [
      target, unique(group.map((m) => m.statement)).length, unique(group.map((m) => m.speaker)).length,
      unique(group.filter((m) => isHostile(m.stance)).map((m) => m.statement)).length,
    ]), limit);
  };
  const rowsOf = (rows: Record<string, unknown>[], cols: string[]) => rows.map((r) => cols.map((c) => r[c]).join('|'));

  it('ranks the 20 most vocal speakers', async () => {
    const { body } = await runReport(ctx.app, 'most-vocal');
    expect(rowsOf(body.rows, ['actor', 'statements', 'hostileStatements', 'actorsSpokenAbout'])).toEqual(vocal({}));
    expect(body.rows[0]).toMatchObject({ actor: 'azerbaijan', statements: countBy(ctx.data.statements.flatMap((s) => speakersOf(s)), (id) => id).get('azerbaijan') });
  });

  it('ranks the most vocal people in the week of the offensive', async () => {
    const filter = { kind: 'person', from: '2023-09-19', to: '2023-09-25', undated: false, limit: 5 };
    const { body } = await runReport(ctx.app, 'most-vocal', filter);
    expect(rowsOf(body.rows, ['actor', 'statements', 'hostileStatements', 'actorsSpokenAbout'])).toEqual(vocal(filter));
  });

  it('ranks the 20 most targeted actors', async () => {
    const { body } = await runReport(ctx.app, 'most-targeted');
    expect(rowsOf(body.rows, ['actor', 'statements', 'speakers', 'hostileStatements'])).toEqual(targeted({}));
    expect(body.rows[0]).toMatchObject({ actor: 'azerbaijan', name: 'Azerbaijan' });
  });

  it('ranks the most targeted people among dated statements', async () => {
    const filter = { kind: 'person', undated: false, limit: 10 };
    const { body } = await runReport(ctx.app, 'most-targeted', filter);
    expect(rowsOf(body.rows, ['actor', 'statements', 'speakers', 'hostileStatements'])).toEqual(targeted(filter));
  });
});

// The coding convention (seed/README.md) on the curated data: who speaks, how the words reached the
// document, no stance toward one's own act, one record per joint text, figures as figures. Each rule is
// also shown to catch the fault it is for, on a copy of the data with that fault put in.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertedWithoutWords, duplicatedTexts, mixedFigurePositions, REPORTED_QUOTE_EXCEPTIONS, reportedOwnWords, silentUnnamedActors, stancesOnOwnEvents,
} from '../../seed/convention.js';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import { speakersOf, type Statement } from '../../server/domain/records.js';
import { seedDataFiles } from '../helpers/stores.js';

let data: Dataset;
beforeAll(async () => { data = await readDataset(await seedDataFiles()); });

/** The data with one statement changed (the rule under test must then answer with it). */
const withStatement = (id: string, change: (s: Statement) => Statement): Dataset => ({
  ...data, statements: data.statements.map((s) => (s.id === id ? change(structuredClone(s)) : s)),
});
const statement = (id: string) => data.statements.find((s) => s.id === id)!;

describe('the coding convention', () => {
  it('gives no statement a stance toward an event its own speaker took part in (only states or denies)', () => {
    expect(stancesOnOwnEvents(data)).toEqual([]);
    const protest = data.events.find((e) => e.id === 'yerevan-protests-2023')!;
    const protester = protest.participants[0]!.actor;
    const own = data.statements.find((s) => speakersOf(s).includes(protester))!;
    const faulty = withStatement(own.id, (s) => ({ ...s, about: [...s.about, { target: protest.id, stance: 'supports' }] }));
    expect(stancesOnOwnEvents(faulty)).toEqual([`statement "${own.id}": supports "${protest.id}", an event its speaker took part in`]);
  });

  it('codes no statement reported whose quote stands in the excerpt as the speaker\'s own words (heuristic: no hearsay word around it)', () => {
    expect(reportedOwnWords(data)).toEqual([]);
    for (const [id, why] of Object.entries(REPORTED_QUOTE_EXCEPTIONS)) {
      expect(statement(id), `exception "${id}" names a statement`).toBeDefined();
      expect(why.length, `exception "${id}" says why`).toBeGreaterThan(0);
    }
    // Medvedev's own words, printed as his: recoded reported, the rule names it.
    const own = 'dmitry-medvedev-guess-what-fate-20230919';
    expect(reportedOwnWords(withStatement(own, (s) => ({ ...s, modality: 'reported' })))).toEqual([`statement "${own}": reported, but its quote stands in the excerpt as the speaker's own words`]);
    // A quote the document gives second-hand ("According to ...") may stay reported.
    const hearsay = data.statements.find((s) => s.quote !== null && s.sources.some((c) => /According to/.test(c.excerpt) && c.excerpt.includes(s.quote!)))!;
    expect(reportedOwnWords(withStatement(hearsay.id, (s) => ({ ...s, modality: 'reported' })))).toEqual([]);
  });

  it('codes a statement asserted only when it has the speaker\'s words or is a document\'s own voice', () => {
    expect(assertedWithoutWords(data)).toEqual([]);
    const paraphrase = data.statements.find((s) => s.modality === 'reported' && s.quote === null)!;
    expect(assertedWithoutWords(withStatement(paraphrase.id, (s) => ({ ...s, modality: 'asserted' })))).toHaveLength(1);
  });

  it('gives every unnamed actor statements of its own', () => {
    expect(silentUnnamedActors(data)).toEqual([]);
    const unnamed = data.actors.filter((a) => a.unnamed);
    expect(unnamed.length).toBeGreaterThanOrEqual(20);
    const silenced = { ...data, statements: data.statements.filter((s) => !speakersOf(s).includes('witnesses')) };
    expect(silentUnnamedActors(silenced)).toEqual(['actor "witnesses": unnamed, but says nothing']);
  });

  it('keeps one record per joint text, with every speaker on it', () => {
    expect(duplicatedTexts(data)).toEqual([]);
    const joint = statement('unhrc-joint-statement-20231012');
    expect(speakersOf(joint)).toEqual(['un-human-rights-council', 'armenia', 'united-kingdom', 'germany', 'canada', 'united-states', 'france', 'japan']);
    expect(joint.summary).toContain('offer the OHCHR assistance and ensure the rights and safety');
    const copy = { ...structuredClone(statement('armenia-azerbaijan-joint-statement-20231207')), id: 'copy', speakers: [], speaker: 'azerbaijan' };
    expect(duplicatedTexts({ ...data, statements: [...data.statements, copy] })).toEqual([
      'statements "armenia-azerbaijan-joint-statement-20231207" and "copy": the same words from the same excerpt (one joint statement: list its speakers)',
    ]);
  });

  it('records contested figures as positions each claim supports with its own number', () => {
    expect(mixedFigurePositions(data)).toEqual([]);
    const figures = (position: string) => data.statements.flatMap((s) => s.positions.filter((p) => p.position === position).map((p) => [speakersOf(s)[0], p.figure]));
    expect(figures('armenian-death-toll-2023')).toEqual(expect.arrayContaining([
      ['artsakh', '27'], ['artsakh-government', 'about 200'], ['international-viewpoint', 'around 200'], ['analysis-19-september-war-author', 'at least 200'],
    ]));
    expect(new Set(figures('peacekeepers-killed-2023').map(([, f]) => f))).toEqual(new Set(['at least four', 'five', '5', 'шесть (six)', 'several']));
    const half = withStatement('artsakh-casualties-27-killed-20230919', (s) => ({ ...s, positions: s.positions.map((p) => ({ ...p, figure: null })) }));
    expect(mixedFigurePositions(half)).toHaveLength(1);
  });
});

describe('the voices the documents give', () => {
  const saidBy = (id: string) => data.statements.filter((s) => speakersOf(s).includes(id));

  it('lets the woman in Stepanakert speak her own words, relayed by Makichyan', () => {
    const hers = saidBy('stepanakert-woman');
    expect(hers.some((s) => s.quote?.includes('It feels like the apocalypse'))).toBe(true);
    expect(hers.every((s) => s.relayedBy === 'arshak-makichyan' && s.modality === 'asserted')).toBe(true);
  });

  it('gives each side of the contested matters its own speakers', () => {
    const side = (position: string, stance: string) => new Set(data.statements.filter((s) => s.positions.some((p) => p.position === position && p.stance === stance)).flatMap((s) => speakersOf(s)));
    expect([...side('civilians-targeted', 'supports')]).toEqual(expect.arrayContaining(['witnesses', 'stepanakert-woman', 'analysis-19-september-war-author', 'un-mission-critics']));
    expect([...side('civilians-targeted', 'rejects')]).toEqual(expect.arrayContaining(['azerbaijan', 'azerbaijan-ministry-of-defence']));
    expect([...side('peacekeepers-told-in-advance', 'supports')]).toEqual(expect.arrayContaining(['armenians', 'azerbaijan-ministry-of-defence']));
    expect([...side('azerbaijan-broke-2023-ceasefire', 'supports')]).toEqual(expect.arrayContaining(['armenian-side', 'artsakh-residents', 'analysis-19-september-war-author']));
    expect([...side('azerbaijan-broke-2023-ceasefire', 'rejects')]).toEqual(['azerbaijan']);
    expect(side('offensive-breached-2020-agreement', 'supports').size).toBeGreaterThan(0);
    expect(side('azerbaijan-fired-across-border-2023', 'rejects')).toEqual(new Set(['azerbaijan']));
  });

  it('marks the documents\' own claims as their voice, by their publisher or author', () => {
    const voiced = data.statements.filter((s) => s.documentVoice);
    const bySource = new Set(voiced.flatMap((s) => s.sources.map((c) => c.source)));
    expect(bySource).toEqual(new Set(data.sources.map((s) => s.id)));
    expect(voiced.every((s) => s.modality === 'asserted')).toBe(true);
  });

  it('has no denied modality left: denials are the denies stance', () => {
    expect(data.statements.filter((s) => (s.modality as string) === 'denied')).toEqual([]);
    expect(data.statements.filter((s) => s.about.some((a) => a.stance === 'denies')).length).toBeGreaterThan(10);
  });
});

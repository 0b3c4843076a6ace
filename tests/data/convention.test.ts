// The coding convention (seed/README.md) on the curated data: who speaks, how the words reached the
// document, no stance toward one's own act, one record per joint text, figures as figures. Each rule is
// also shown to catch the fault it is for, on a copy of the data with that fault put in.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  aliasesNotInDocuments, assertedWithoutWords, CONDEMNS_EXCEPTIONS, condemnsWithoutCondemnation, duplicatedTexts, misdatedIds, mixedFigurePositions, REPORTED_QUOTE_EXCEPTIONS, reportedOwnWords, silentUnnamedActors,
  stancesOnOwnEvents, UNNAMED_CO_SPEAKER_EXCEPTIONS, unmarkedAllegations, unnamedCoSpeakers,
} from '../../seed/convention.js';
import { readDataset, type Dataset } from '../../server/domain/dataset.js';
import { speakersOf, type Statement } from '../../server/domain/records.js';
import { seedSourcesDir } from '../helpers/sources.js';
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

  it('codes condemns only under words that condemn, denounce or deplore; naming a crime is an accusation', () => {
    expect(condemnsWithoutCondemnation(data)).toEqual([]);
    for (const [id, why] of Object.entries(CONDEMNS_EXCEPTIONS)) {
      expect(statement(id).about.some((a) => a.stance === 'condemns'), `exception "${id}" condemns`).toBe(true);
      expect(why.length, `exception "${id}" says why`).toBeGreaterThan(0);
    }
    // "condemned the military operation by Azerbaijan" (Borrell) condemns; "accused Azerbaijan of unleashing
    // 'large-scale aggression' ... and attempting 'ethnic cleansing'" accuses, as genocide alerts do.
    expect(statement('josep-borrell-condemns-operation-20230921').about).toContainEqual({ target: 'offensive-2023', stance: 'condemns' });
    const aggression = 'armenia-ministry-of-foreign-affairs-large-scale-aggression-nodate';
    expect(statement(aggression).about).toEqual([{ target: 'azerbaijan', stance: 'accuses' }, { target: 'offensive-2023', stance: 'accuses' }]);
    const genocide = 'luis-moreno-ocampo-genocide-warning-nodate';
    const faulty = withStatement(genocide, (s) => ({ ...s, about: s.about.map((a) => (a.target === 'blockade-2022' ? { ...a, stance: 'condemns' as const } : a)) }));
    expect(condemnsWithoutCondemnation(faulty)).toEqual([
      `statement "${genocide}": condemns, but no word of its excerpts condemns, denounces or deplores (accuses for a crime named, criticizes for disapproval)`,
    ]);
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

  it('codes alleged every statement without the speaker\'s words whose excerpts mark the claim as unproven', () => {
    expect(unmarkedAllegations(data)).toEqual([]);
    // "cited land mines allegedly planted by Armenians"; "Azg reported claims" (004 L28, L30).
    expect(['azerbaijan-ministry-of-defence-landmines-20230919', 'azg-charektar-getavan-20230919'].map((id) => statement(id).modality)).toEqual(['alleged', 'alleged']);
    const landmines = 'azerbaijan-ministry-of-defence-landmines-20230919';
    expect(unmarkedAllegations(withStatement(landmines, (s) => ({ ...s, modality: 'reported' })))).toEqual([`statement "${landmines}": reported, but every excerpt marks the claim as unproven (alleged)`]);
  });

  it('keeps as aliases only names the documents use', async () => {
    const documents = await Promise.all(data.sources.map((s) => readFile(path.join(seedSourcesDir(), s.file!), 'utf8')));
    expect(aliasesNotInDocuments(data, documents)).toEqual([]);
    // Search folds case and accents, so an unaccented spelling adds nothing, and an abbreviation no document uses is ours.
    const council = data.actors.find((a) => a.id === 'un-human-rights-council')!;
    expect(council.aliases).toEqual([]);
    const faulty = { ...data, actors: data.actors.map((a) => (a.id === council.id ? { ...a, aliases: ['UNHRC', 'Human Rights Council'] } : a)) };
    expect(aliasesNotInDocuments(faulty, documents)).toEqual(['"un-human-rights-council": alias "UNHRC" is in none of the documents']);
  });

  it('gives each collective voice its own statement: no joint statement with an unnamed collective, but those listed', () => {
    expect(unnamedCoSpeakers(data)).toEqual([]);
    for (const [id, why] of Object.entries(UNNAMED_CO_SPEAKER_EXCEPTIONS)) {
      expect(statement(id).speakers.length, `exception "${id}" is a joint statement`).toBeGreaterThan(1);
      expect(why.length, `exception "${id}" says why`).toBeGreaterThan(0);
    }
    const analysts = data.statements.find((s) => s.speaker === 'political-analysts')!;
    const merged = withStatement(analysts.id, (s) => ({ ...s, speakers: ['political-analysts', 'artsakh-residents'] }));
    expect(unnamedCoSpeakers(merged)).toEqual([`statement "${analysts.id}": joins "political-analysts", "artsakh-residents" with other speakers; one statement per collective voice`]);
  });

  it('dates statements as precisely as the documents do, and says so in their ids', () => {
    expect(misdatedIds(data)).toEqual([]);
    // The prosecutor's Shusha claim is recounted in 004's account of 19 September; its account of the peacekeepers'
    // deaths comes after Aliyev's "subsequent" apology, with no day of its own.
    expect(statement('azerbaijan-prosecutor-generals-office-shusha-shelling-20230919')).toMatchObject({ date: '2023-09-19', datePrecision: 'approximate' });
    expect(statement('azerbaijan-prosecutor-generals-office-peacekeepers-mistaken-nodate')).toMatchObject({ date: null, datePrecision: 'unknown' });
    // "refused to attend French-mediated talks in Spain on October": a month, not a day.
    const biased = 'ilham-aliyev-mediators-biased-202310';
    expect(statement(biased)).toMatchObject({ date: '2023-10-01', datePrecision: 'month' });
    expect(misdatedIds(withStatement(biased, (s) => ({ ...s, datePrecision: 'approximate' })))).toEqual([`statement "${biased}": dated 2023-10-01 (approximate), so its id ends with -20231001`]);
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
    // The infobox's Azerbaijani column (004 L12-L13), in the article's own voice: the document names no other speaker.
    expect(figures('azerbaijani-death-toll-2023')).toEqual(expect.arrayContaining([
      ['encyclopedia-article-authors', '192 servicemen'], ['encyclopedia-article-authors', '1 Azerbaijani civilian'],
    ]));
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

  it('gives what political analysts and Artsakh residents consider (004 L105) a statement each', () => {
    const line = data.statements.filter((s) => s.sources.some((c) => c.excerpt.startsWith('Various political analysts and Artsakh residents consider')));
    expect(line.map((s) => speakersOf(s))).toEqual(expect.arrayContaining([['political-analysts'], ['artsakh-residents']]));
    expect(line).toHaveLength(2);
  });

  it('ties the delegates at Yevlakh to the Artsakhi delegation they were part of, not to the state (004 L46)', () => {
    const ties = data.ties.filter((t) => ['sergey-martirosyan', 'davit-melkumyan'].includes(t.from)).map((t) => [t.from, t.type, t.to]);
    expect(ties).toEqual([['sergey-martirosyan', 'MEMBER_OF', 'artsakh-delegation'], ['davit-melkumyan', 'MEMBER_OF', 'artsakh-delegation']]);
    expect(data.ties.filter((t) => t.from === 'artsakh-delegation').map((t) => [t.type, t.to])).toEqual([['MEMBER_OF', 'artsakh']]);
  });

  it('records the Rome Statute vote as an event, and the government\'s stated reason for it as its words', () => {
    const joining = data.events.find((e) => e.id === 'armenia-joins-icc-2023')!;
    expect(joining.participants.map((p) => p.actor)).toContain('national-assembly-of-armenia');
    expect(saidBy('national-assembly-of-armenia')).toEqual([]);
    const reason = saidBy('armenia').filter((s) => s.about.some((a) => a.target === joining.id) && s.sources.some((c) => c.excerpt.includes('the government claimed')));
    expect(reason.map((s) => s.about.find((a) => a.target === joining.id)!.stance)).toEqual(['states']);
  });

  it('gives 001 and 003 their own claims in their own words', () => {
    const morgue = saidBy('analysis-19-september-war-author').find((s) => s.quote?.includes('even hit the morgue’s ambulance'))!;
    expect(morgue).toMatchObject({ documentVoice: true, modality: 'asserted', positions: [{ position: 'civilians-targeted', stance: 'supports' }] });
    const holding = saidBy('german-press-report-author').find((s) => s.quote === 'On the whole, the ceasefire seems to be holding.')!;
    expect(holding).toMatchObject({ documentVoice: true, about: [{ target: 'ceasefire-2023', stance: 'states' }] });
  });

  it('gives stances only where the words carry them, toward whom they name', () => {
    // Freedom House's report "states that Azerbaijan conducted a deliberate campaign of ethnic cleansing": an accusation, no condemnation.
    expect(statement('freedom-house-ethnic-cleansing-report-2024').about.filter((a) => a.stance !== 'states')).toEqual([{ target: 'azerbaijan', stance: 'accuses' }]);
    // Pashinyan "criticized the Russian 'peace mission'"; Dujarric "urged both sides", the warring parties, to halt hostilities.
    expect(statement('nikol-pashinyan-peace-mission-failed-20230921').about.map((a) => a.target)).toEqual(['russian-peacekeeping-contingent']);
    expect(statement('stephane-dujarric-sustained-dialogue-nodate').about).toEqual([{ target: 'azerbaijan', stance: 'urges' }, { target: 'artsakh', stance: 'urges' }]);
    // An adjective names the noun's actor, not the state: "some Russian officials and prominent propagandists" are not
    // Russia; "300 other separatist officials" are Artsakh's government; "describes Armenians as" names the people.
    expect(statement('other-analysts-gloating-nodate').about.map((a) => a.target)).not.toContain('russia');
    expect(statement('kamran-aliyev-300-officials-investigated-20231001').about).toEqual([{ target: 'artsakh-government', stance: 'accuses' }]);
    expect(statement('azerbaijan-parliament-international-relations-committee-cancerous-tumour-nodate').about).toEqual([{ target: 'armenians', stance: 'criticizes' }]);
    expect(statement('azerbaijan-ministry-of-defence-landmines-20230919').about).toContainEqual({ target: 'armenians', stance: 'accuses' });
  });

  it('records issuing warrants and placing on a watchlist as events, with only the words said as statements', () => {
    const warrants = data.events.find((e) => e.id === 'arrest-warrants-2023')!;
    expect(warrants.participants.map((p) => p.actor)).toEqual(['kamran-aliyev', 'arayik-harutyunyan', 'jalal-harutyunyan']);
    // "adding that 300 other separatist officials were under investigation" is what he said; the warrants are what he did.
    expect(saidBy('kamran-aliyev').map((s) => s.id)).toEqual(['kamran-aliyev-300-officials-investigated-20231001']);
    const watchlist = data.events.find((e) => e.id === 'religious-freedom-watchlist-2024')!;
    expect(watchlist.participants.map((p) => p.actor)).toEqual(expect.arrayContaining(['us-state-department', 'azerbaijan']));
    expect(saidBy('us-state-department').filter((s) => s.sources.some((c) => c.excerpt.includes('placed Azerbaijan on its watchlist')))).toEqual([]);
  });

  it('has no denied modality left: denials are the denies stance', () => {
    expect(data.statements.filter((s) => (s.modality as string) === 'denied')).toEqual([]);
    expect(data.statements.filter((s) => s.about.some((a) => a.stance === 'denies')).length).toBeGreaterThan(10);
  });
});

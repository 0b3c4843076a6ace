// The parts of the coding convention (seed/README.md) a program can check: one function per rule, each
// answering one line per breach, naming the record. `npm run seed:check` and tests/data run them all.
import type { Dataset } from '../server/domain/dataset.js';
import { speakersOf, type Statement } from '../server/domain/records.js';
import { squash } from './source-check.js';

/** Words that make a quote someone's account of what was said rather than the speaker's own words in the document. */
const HEARSAY = /\b(according to|reportedly|was reported|were reported|it was reported|reports? that|is said|are said|rumou?rs?|allegedly)\b/i;

/**
 * Statements coded `reported` although their quote stands in the excerpt with no hearsay word around it,
 * and why. Empty today: every such statement was recoded `asserted`. An entry must say why the words are
 * not the speaker's own (a reporter's scare quotes, a term the document puts in quotation marks).
 */
export const REPORTED_QUOTE_EXCEPTIONS: Readonly<Record<string, string>> = {};

/** The sentence of `text` around the characters from `start` to `end`. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...['. ', '? ', '! '].map((stop) => text.lastIndexOf(stop, start) + 1));
  const next = ['. ', '? ', '! '].map((stop) => text.indexOf(stop, end)).filter((i) => i >= 0);
  return text.slice(from, next.length ? Math.min(...next) + 1 : undefined);
}

/**
 * Words that condemn or denounce (CAMEO 111 in its strong form): `condemns` stands only on excerpts or a quote with one
 * of them. Calling an act a crime (genocide, ethnic cleansing, war crimes, aggression, terrorism) is `accuses` (CAMEO
 * 112); disapproval without these words ("unacceptable", "shocking", "failed") is `criticizes`.
 */
const CONDEMNATION = /\b(condemn|denounc|deplor)/i;

/** Statements coded `condemns` with no word of condemnation in their excerpts or quote, and why. Empty today. */
export const CONDEMNS_EXCEPTIONS: Readonly<Record<string, string>> = {};

/** `condemns` needs a word that condemns, denounces or deplores; naming a crime is an accusation. */
export function condemnsWithoutCondemnation(d: Dataset): string[] {
  return d.statements
    .filter((s) => s.about.some((a) => a.stance === 'condemns') && !(s.id in CONDEMNS_EXCEPTIONS)
      && ![s.quote ?? '', ...s.sources.map((c) => c.excerpt)].some((words) => CONDEMNATION.test(words)))
    .map((s) => `statement "${s.id}": condemns, but no word of its excerpts condemns, denounces or deplores (accuses for a crime named, criticizes for disapproval)`);
}

/** A stance toward an event the speaker took part in is a stance toward its own act: only `states` and `denies` are words about it. */
export function stancesOnOwnEvents(d: Dataset): string[] {
  const participants = new Map(d.events.map((e) => [e.id, new Set(e.participants.map((p) => p.actor))]));
  return d.statements.flatMap((s) => s.about
    .filter((a) => !['states', 'denies'].includes(a.stance) && speakersOf(s).some((sp) => participants.get(a.target)?.has(sp)))
    .map((a) => `statement "${s.id}": ${a.stance} "${a.target}", an event its speaker took part in`));
}

/** `reported` is an account of what was said: a quote printed as the speaker's words, with no hearsay word around it, is `asserted`. */
export function reportedOwnWords(d: Dataset): string[] {
  const ownWords = (s: Statement) => s.sources.some((c) => {
    const excerpt = squash(c.excerpt), quote = squash(s.quote ?? '');
    const at = excerpt.indexOf(quote);
    return at >= 0 && !HEARSAY.test(sentenceAround(excerpt, at, at + quote.length));
  });
  return d.statements
    .filter((s) => s.modality === 'reported' && s.quote !== null && !(s.id in REPORTED_QUOTE_EXCEPTIONS) && ownWords(s))
    .map((s) => `statement "${s.id}": reported, but its quote stands in the excerpt as the speaker's own words`);
}

/** `asserted` means the speaker's own words: a quote, or a document's own voice. */
export function assertedWithoutWords(d: Dataset): string[] {
  return d.statements.filter((s) => s.modality === 'asserted' && s.quote === null && !s.documentVoice)
    .map((s) => `statement "${s.id}": asserted, but it has no quote and is not a document's own voice`);
}

/** An unnamed actor exists because a document gives it words. */
export function silentUnnamedActors(d: Dataset): string[] {
  const speakers = new Set(d.statements.flatMap((s) => speakersOf(s)));
  return d.actors.filter((a) => a.unnamed && !speakers.has(a.id)).map((a) => `actor "${a.id}": unnamed, but says nothing`);
}

/** One text is one record: two statements with the same quote from the same excerpt are one joint statement entered twice. */
export function duplicatedTexts(d: Dataset): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const s of d.statements) {
    if (s.quote === null) continue;
    for (const c of s.sources) {
      const key = `${squash(s.quote)}\u0000${c.source}\u0000${squash(c.excerpt)}`;
      const other = seen.get(key);
      if (other !== undefined && other !== s.id) problems.push(`statements "${other}" and "${s.id}": the same words from the same excerpt (one joint statement: list its speakers)`);
      seen.set(key, s.id);
    }
  }
  return problems;
}

/**
 * Joint statements with an unnamed collective among their speakers, and why they are one text. An unnamed collective
 * ("political analysts", "Artsakh residents") signs nothing: what two collectives think or warn is two voices.
 */
export const UNNAMED_CO_SPEAKER_EXCEPTIONS: Readonly<Record<string, string>> = {
  'ethnic-cleansing-risk-warning-nodate': 'France\'s foreign minister "joined" the international observers in one warning, worded "ethnic cleansing" for both (004 L138)',
};

/** Two voices are two statements: a statement spoken by several speakers names no unnamed collective among them (exceptions listed). */
export function unnamedCoSpeakers(d: Dataset): string[] {
  const unnamed = new Set(d.actors.filter((a) => a.unnamed).map((a) => a.id));
  return d.statements.filter((s) => s.speakers.length > 1 && !(s.id in UNNAMED_CO_SPEAKER_EXCEPTIONS) && s.speakers.some((id) => unnamed.has(id)))
    .map((s) => `statement "${s.id}": joins ${s.speakers.filter((id) => unnamed.has(id)).map((id) => `"${id}"`).join(', ')} with other speakers; one statement per collective voice`);
}

/** The date a statement's id ends with: its date at its precision, so that a reader of the id is not misled. */
function dateSuffix(s: Statement): string {
  if (s.date === null) return 'nodate';
  const [year, month, day] = s.date.split('-');
  return s.datePrecision === 'year' ? year! : s.datePrecision === 'month' ? `${year}${month}` : `${year}${month}${day}`;
}

/** A seed statement's id ends with its date as precise as the document gives it (-20230919, -202310, -2024) or -nodate. */
export function misdatedIds(d: Dataset): string[] {
  return d.statements.filter((s) => !s.id.endsWith(`-${dateSuffix(s)}`))
    .map((s) => `statement "${s.id}": dated ${s.date ?? 'null'} (${s.datePrecision}), so its id ends with -${dateSuffix(s)}`);
}

/** A position either asks for a figure (every claim on it gives one) or is a claim (none does). */
export function mixedFigurePositions(d: Dataset): string[] {
  return d.positions.flatMap((p) => {
    const takes = d.statements.flatMap((s) => s.positions.filter((x) => x.position === p.id));
    const given = takes.filter((x) => x.figure !== null).length;
    if (given > 0 && given < takes.length) return [`position "${p.id}": ${given} of ${takes.length} statements give a figure; a figure question needs one from each`];
    if (given > 0 && takes.some((x) => x.stance !== 'supports')) return [`position "${p.id}": a claim on a figure supports it with its number, never rejects`];
    return [];
  });
}

/** Words that mark a claim as unproven: a statement resting only on them is `alleged`. */
const ALLEGATION = /\b(allegedly|reported claims|is said to|are said to|rumou?rs?)\b/i;

/** A statement without the speaker's words, every excerpt of which marks the claim as unproven, is `alleged`, not `reported` or `asserted`. */
export function unmarkedAllegations(d: Dataset): string[] {
  return d.statements.filter((s) => s.modality !== 'alleged' && s.quote === null && s.sources.every((c) => ALLEGATION.test(c.excerpt)))
    .map((s) => `statement "${s.id}": ${s.modality}, but every excerpt marks the claim as unproven (alleged)`);
}

/** Quotation marks (and apostrophes, which end a name as in "ICJ's") and runs of white space are not part of a name. */
const asWritten = (s: string) => squash(s.replace(/[“”„"‘’'«»]/g, ' '));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An alias is a name the documents use: its words, as a whole, in at least one document (the first letter in either
 * case, as at the start of a sentence; quotation marks ignored). Not an abbreviation or spelling of our own.
 */
export function aliasesNotInDocuments(d: Dataset, documents: readonly string[]): string[] {
  const texts = documents.map(asWritten);
  const used = (alias: string) => {
    const words = asWritten(alias);
    const first = escapeRegExp(words.charAt(0));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])[${first.toLowerCase()}${first.toUpperCase()}]${escapeRegExp(words.slice(1))}(?![\\p{L}\\p{N}])`, 'u');
    return texts.some((t) => pattern.test(t));
  };
  return [...d.actors, ...d.places].flatMap((r) => r.aliases.filter((a) => !used(a)).map((a) => `"${r.id}": alias "${a}" is in none of the documents`));
}

export function conventionProblems(d: Dataset): string[] {
  return [
    stancesOnOwnEvents, condemnsWithoutCondemnation, reportedOwnWords, assertedWithoutWords, unmarkedAllegations, silentUnnamedActors, unnamedCoSpeakers, duplicatedTexts, mixedFigurePositions, misdatedIds,
  ].flatMap((rule) => rule(d));
}

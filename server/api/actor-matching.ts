// What the actor search does when no name or alias contains the query as typed: the query transliterated to
// Latin letters ("Алиев" → "aliev", by any-ascii), and names within a small edit distance ("medvedew" →
// "medvedev", by leven), so a reader finds an actor however the press spelled the name.
import anyAscii from 'any-ascii';
import leven from 'leven';
import { fold } from '../domain/normalize.js';

/** The query as typed (folded), then in Latin letters when that differs. */
export function queryForms(q: string): string[] {
  return [...new Set([fold(q), fold(anyAscii(q))])].filter(Boolean);
}

/** Edits allowed for a query this long: none for short words (too many false friends), 1 up to 7 letters, then 2. */
export const allowedEdits = (query: string) => (query.length < 4 ? 0 : query.length < 8 ? 1 : 2);

/** The smallest edit distance from the query to a name, to one of its words, or to a run of its words as long as the query. */
export function distanceToName(query: string, name: string): number {
  const words = name.split(' ').filter(Boolean);
  const span = query.split(' ').length;
  const pieces = [name, ...words.flatMap((_, i) => (i + span <= words.length ? [words.slice(i, i + span).join(' ')] : []))];
  return Math.min(...pieces.map((p) => leven(query, p)));
}

export interface SearchText { id: string; searchText: string }

/** Actors whose names or aliases are within the allowed edits of any query form, closest first (then by id). */
export function closeMatches(forms: string[], actors: SearchText[]): string[] {
  const scored = actors.flatMap((a) => {
    const names = a.searchText.split('|').filter(Boolean);
    const best = Math.min(...forms.flatMap((q) => names.map((n) => distanceToName(q, n) - allowedEdits(q))));
    return best <= 0 ? [{ id: a.id, best }] : [];
  });
  return scored.sort((x, y) => x.best - y.best || x.id.localeCompare(y.id)).map((x) => x.id);
}

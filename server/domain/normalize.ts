// Folding used for search: "Erdoğan", "ERDOGAN" and "erdogan" fold to the same text,
// so a query matches names and aliases ignoring case and diacritics.
const SPECIAL: Record<string, string> = { ı: 'i', ə: 'e', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd', ł: 'l' };

export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıəßæøđł]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The text an actor is found by: its name and every alias, folded, separated by "|". */
export function searchText(names: readonly string[]): string {
  return `|${names.map(fold).join('|')}|`;
}

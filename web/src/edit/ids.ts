// Ids for records made from the page, in the shape the seed uses (lowercase words and hyphens), derived from
// their content so the same statement entered twice gets the same id (and a 409, not a duplicate).
export const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'x';

/** FNV-1a, 32 bits, as 8 hex digits: stable and synchronous (crypto.subtle needs a secure context). */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export const statementId = (speaker: string, date: string | null, words: string[]) =>
  `${slug(speaker)}-${date ?? 'undated'}-${hash8([speaker, date ?? '', ...words].join('\u0000'))}`;

/** A source made from a web address, named like the statements CSV import names them: src-<host>-<hash>. */
export const sourceIdFor = (url: string) => `src-${slug(URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : 'web')}-${hash8(url)}`;

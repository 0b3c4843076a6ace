// Curators' notes say "documents 000 and 004"; a reader needs the titles. Each document number in a text becomes
// the source's title, a link that opens the document in the source viewer.
import { getJson } from '../api/client.js';
import { memo } from '../api/memo.js';
import { h } from '../ui/dom.js';
import { pageLink } from './statement-card.js';

export interface SourceDocument { id: string; title: string; publisher: string | null; url: string | null; document: string | null }

export const sourceDocuments = () => memo('source-documents', () => getJson<{ items: SourceDocument[] }>('/source-documents').then((r) => r.items));

const MENTION = /\b(documents?|doc\.?)\s+(\d{3}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)\d{3})*)/gi;

/** The text as nodes, each "document(s) NNN" replaced by the titles of those documents. */
export function withSourceTitles(text: string, docs: SourceDocument[], open: (id: string) => void): (Node | string)[] {
  const byNumber = new Map(docs.filter((d) => d.document).map((d) => [d.document!, d]));
  const out: (Node | string)[] = [];
  let at = 0;
  for (const m of text.matchAll(MENTION)) {
    const numbers = m[2].match(/\d{3}/g)!;
    if (!numbers.every((n) => byNumber.has(n))) continue;
    out.push(text.slice(at, m.index));
    numbers.forEach((n, i) => {
      const doc = byNumber.get(n)!;
      if (i) out.push(i === numbers.length - 1 ? ' and ' : ', ');
      out.push(pageLink(`/?source=${encodeURIComponent(doc.id)}`, doc.title, () => open(doc.id), { class: 'source-mention', title: doc.publisher ?? doc.title }));
    });
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out;
}

/** A paragraph of curator's text with its document numbers named (plain until the titles arrive). */
export function describedText(text: string, open: (id: string) => void): HTMLElement {
  const p = h('p', { class: 'description' }, text);
  sourceDocuments().then((docs) => p.replaceChildren(...withSourceTitles(text, docs, open)), () => undefined);
  return p;
}

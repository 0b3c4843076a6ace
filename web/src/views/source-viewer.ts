// The source viewer: a document's whole text, served by the app, opened at the excerpt a statement cites with
// the excerpt highlighted, and a link to the original where the source has a URL.
import { api, getJson } from '../api/client.js';
import type { Statement } from '../api/types.js';
import { openDialog, type Dialog } from '../ui/dialog.js';
import { h } from '../ui/dom.js';
import { into } from '../ui/status.js';
import type { SourceDocument } from './source-mentions.js';

interface SourceText extends SourceDocument { text: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where the excerpt sits in the text: spacing and line breaks may differ (the seed check compares squashed text). */
export function findExcerpt(text: string, excerpt: string): [number, number] | null {
  const words = excerpt.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const m = new RegExp(words.map(escape).join('\\s+')).exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

function documentText(doc: SourceText, statement: Statement | null): Node[] {
  const excerpt = statement?.sources.find((c) => c.id === doc.id)?.excerpt ?? '';
  const at = excerpt ? findExcerpt(doc.text, excerpt) : null;
  const body = h('div', { class: 'source-text', tabindex: '0', role: 'document', 'aria-label': `Text of ${doc.title}` });
  if (at) body.append(doc.text.slice(0, at[0]), h('mark', { class: 'excerpt-mark', id: 'source-excerpt' }, doc.text.slice(at[0], at[1])), doc.text.slice(at[1]));
  else body.append(doc.text);
  const note = statement
    ? at ? `Highlighted: the excerpt statement #${statement.id} cites.` : `The excerpt statement #${statement.id} cites was not found in this text.`
    : '';
  if (at) requestAnimationFrame(() => body.querySelector('mark')?.scrollIntoView({ block: 'center' }));
  return [
    h('p', { class: 'small source-meta' }, doc.publisher ?? 'Publisher not given',
      doc.url && ' · ', doc.url && h('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, 'Original ↗'),
      note && h('span', {}, ` · ${note}`)),
    body,
  ];
}

export function openSourceViewer(source: string, statementId: string, onClose: () => void): Dialog {
  const body = h('div', { class: 'source-viewer' });
  const dialog = openDialog('Source', body, { wide: true, onClose });
  void into(body, async () => {
    const [doc, statement] = await Promise.all([
      getJson<SourceText>(`/sources/${encodeURIComponent(source)}/text`),
      statementId ? api.statement(statementId).catch(() => null) : Promise.resolve(null),
    ]);
    dialog.element.querySelector('h2')!.textContent = doc.title;
    return { doc, statement };
  }, ({ doc, statement }) => documentText(doc, statement), 'Loading the document…');
  return dialog;
}

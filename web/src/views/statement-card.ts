// One statement: the words, when and where they were said, the stance toward each actor, and the source.
import type { Statement } from '../api/types.js';
import { polarityOf } from '../graph/palette.js';
import { formatDate, h } from '../ui/dom.js';

export type ActorLink = (id: string) => void;
/** A card's "Edit" (offered while signed in). */
export type EditLink = ((s: Statement) => void) | undefined;

export const stanceBadge = (stance: string) => h('span', { class: `badge badge-${polarityOf(stance)}`, title: `${polarityOf(stance)} stance` }, stance);

export function actorButton(ref: { id: string; name: string; kind: string }, onActor: ActorLink): HTMLElement {
  if (ref.kind === 'event' || ref.kind === 'place') return h('span', { class: 'about-other' }, ref.name);
  return h('button', { type: 'button', class: 'link', onclick: () => onActor(ref.id) }, ref.name);
}

export function statementCard(s: Statement, onActor: ActorLink, onEdit?: EditLink): HTMLElement {
  return h('article', { class: 'card', 'data-statement': s.id },
    h('header', { class: 'card-head' },
      h('span', { class: 'speakers' }, ...s.speakers.flatMap((sp, i) => [i ? ', ' : '', actorButton(sp, onActor)]),
        s.relayedBy && h('span', { class: 'small relayed' }, ' relayed by ', actorButton(s.relayedBy, onActor))),
      h('span', { class: 'card-meta' }, h('time', { datetime: s.date ?? '' }, formatDate(s.date, s.datePrecision)), s.channel !== 'unknown' && ` · ${s.channel}`,
        s.modality !== 'asserted' && h('span', { class: 'modality' }, ` · ${s.modality}`),
        s.documentVoice && h('span', { class: 'modality', title: "The document's own claim" }, ' · document voice'),
        onEdit && h('button', { type: 'button', class: 'link card-edit', 'aria-label': `Edit this statement by ${s.speaker.name}`, onclick: () => onEdit(s) }, 'Edit'))),
    s.quote
      ? h('blockquote', { class: 'quote', lang: s.lang }, `“${s.quote}”`)
      : h('p', { class: 'summary' }, s.summary),
    s.quote && s.summary && h('p', { class: 'summary small' }, s.summary),
    h('p', { class: 'about' }, 'About ', ...s.about.flatMap((a, i) => [i ? ', ' : '', actorButton(a, onActor), ' ', stanceBadge(a.stance)])),
    s.positions.length > 0 && h('p', { class: 'positions small' }, s.positions.map((p) => `${p.stance} “${p.label}”${p.figure ? `: ${p.figure}` : ''}`).join('; ')),
    ...s.sources.map((src) => h('details', { class: 'source' },
      h('summary', {}, 'Source: ', src.url ? h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, src.title) : src.title,
        src.publisher && h('span', { class: 'small' }, ` — ${src.publisher}`)),
      h('p', { class: 'excerpt' }, src.excerpt))),
  );
}

/** A paged list of statements with "show more". */
export function statementList(load: (offset: number) => Promise<{ items: Statement[]; total: number }>, onActor: ActorLink, emptyText: string, onEdit?: EditLink): HTMLElement {
  const list = h('div', { class: 'cards' });
  const more = h('button', { type: 'button', class: 'btn more', hidden: true }, 'Show more');
  let offset = 0;
  const next = async () => {
    more.disabled = true;
    const page = await load(offset);
    offset += page.items.length;
    if (!page.total) list.append(h('p', { class: 'state state-empty' }, emptyText));
    page.items.forEach((s) => list.append(statementCard(s, onActor, onEdit)));
    more.hidden = offset >= page.total;
    more.textContent = `Show more (${page.total - offset} left)`;
    more.disabled = false;
  };
  more.addEventListener('click', () => void next());
  const wrap = h('div', {}, list, more);
  wrap.dataset.ready = 'pending';
  next().then(() => { wrap.dataset.ready = 'true'; }, (e: Error) => { list.append(h('p', { class: 'state state-error', role: 'alert' }, e.message)); });
  return wrap;
}

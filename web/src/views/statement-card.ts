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

/** What a card's links do: open an actor, edit (signed in), open a source at the excerpt, open the statement alone. */
export interface CardActions { actor: ActorLink; edit?: EditLink; source?: (source: string, statement: string) => void; statement?: (id: string) => void }

/** A link that works as a link (copy, open in a new tab) and, clicked plainly, acts in the page. */
export function pageLink(href: string, text: string, act: (() => void) | undefined, attrs: Record<string, string> = {}): HTMLElement {
  return h('a', { href, ...attrs, onclick: (e: Event) => {
    const m = e as MouseEvent;
    if (!act || m.metaKey || m.ctrlKey || m.shiftKey || m.button !== 0) return;
    e.preventDefault();
    act();
  } }, text);
}

export function statementCard(s: Statement, actions: CardActions): HTMLElement {
  const { actor: onActor, edit: onEdit } = actions;
  return h('article', { class: 'card', 'data-statement': s.id },
    h('header', { class: 'card-head' },
      h('span', { class: 'speakers' }, ...s.speakers.flatMap((sp, i) => [i ? ', ' : '', actorButton(sp, onActor)]),
        s.relayedBy && h('span', { class: 'small relayed' }, ' relayed by ', actorButton(s.relayedBy, onActor))),
      h('span', { class: 'card-meta' }, h('time', { datetime: s.date ?? '' }, formatDate(s.date, s.datePrecision)), s.channel !== 'unknown' && ` · ${s.channel}`,
        s.modality !== 'asserted' && h('span', { class: 'modality' }, ` · ${s.modality}`),
        s.documentVoice && h('span', { class: 'modality', title: "The document's own claim" }, ' · document voice'),
        ' · ', pageLink(`/?statement=${encodeURIComponent(s.id)}`, `#${s.id}`, actions.statement && (() => actions.statement!(s.id)), { class: 'permalink', title: 'A link to this statement' }),
        onEdit && h('button', { type: 'button', class: 'link card-edit', 'aria-label': `Edit this statement by ${s.speaker.name}`, onclick: () => onEdit(s) }, 'Edit'))),
    s.quote
      ? h('blockquote', { class: 'quote', lang: s.lang }, `“${s.quote}”`)
      : h('p', { class: 'summary' }, s.summary),
    s.quote && s.summary && h('p', { class: 'summary small' }, s.summary),
    h('p', { class: 'about' }, 'About ', ...s.about.flatMap((a, i) => [i ? ', ' : '', actorButton(a, onActor), ' ', stanceBadge(a.stance)])),
    s.positions.length > 0 && h('p', { class: 'positions small' }, s.positions.map((p) => `${p.stance} “${p.label}”${p.figure ? `: ${p.figure}` : ''}`).join('; ')),
    ...s.sources.map((src) => h('details', { class: 'source' },
      h('summary', {}, 'Source: ', src.title, src.publisher && h('span', { class: 'small' }, ` — ${src.publisher}`)),
      h('p', { class: 'excerpt' }, src.excerpt),
      h('p', { class: 'source-links small' },
        pageLink(`/?source=${encodeURIComponent(src.id)}&quote=${encodeURIComponent(s.id)}`, 'Read it in the document', actions.source && (() => actions.source!(src.id, s.id)), { class: 'open-source' }),
        src.url && ' · ', src.url && h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, 'Original ↗')))),
  );
}

/** A paged list of statements with "show more". */
export function statementList(load: (offset: number) => Promise<{ items: Statement[]; total: number }>, actions: CardActions, emptyText: string): HTMLElement {
  const list = h('div', { class: 'cards' });
  const more = h('button', { type: 'button', class: 'btn more', hidden: true }, 'Show more');
  let offset = 0;
  const next = async () => {
    more.disabled = true;
    const page = await load(offset);
    offset += page.items.length;
    if (!page.total) list.append(h('p', { class: 'state state-empty' }, emptyText));
    page.items.forEach((s) => list.append(statementCard(s, actions)));
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

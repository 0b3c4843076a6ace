// Autocomplete over actor names and aliases (the API ignores case and diacritics, forgives typos and reads other
// scripts), and optionally over the words of quotes. An ARIA combobox. A refused query shows the server's reason.
import { api, ApiError } from '../api/client.js';
import type { ActorSummary, Statement } from '../api/types.js';
import { kindLook } from '../graph/palette.js';
import { h, replace } from './dom.js';

let pickers = 0;

export interface ActorPicker { element: HTMLElement; input: HTMLInputElement; set(name: string): void }

export interface PickerOptions {
  hideLabel?: boolean;
  /** Also list statements whose quote or summary holds the words; picking one calls this. */
  onQuote?: (statement: Statement) => void;
}

const QUOTES_SHOWN = 5;

/** The text with each occurrence of the query (ignoring case and accents) in <mark>. */
export function highlighted(text: string, q: string): (Node | string)[] {
  const folded = fold(text);
  const needle = fold(q);
  // fold() keeps one character per character for the scripts in the data, so positions carry over.
  if (!needle || folded.length !== text.length) return [text];
  const out: (Node | string)[] = [];
  let at = 0;
  for (let i = folded.indexOf(needle); i >= 0; i = folded.indexOf(needle, i + needle.length)) {
    out.push(text.slice(at, i), h('mark', {}, text.slice(i, i + needle.length)));
    at = i + needle.length;
  }
  out.push(text.slice(at));
  return out;
}

const excerptAround = (text: string, q: string, room = 70) => {
  const i = fold(text).indexOf(fold(q));
  if (i < 0 || text.length <= 2 * room) return text;
  const start = Math.max(0, i - room);
  return `${start ? '…' : ''}${text.slice(start, i + q.length + room)}${i + q.length + room < text.length ? '…' : ''}`;
};

export function actorPicker(label: string, placeholder: string, onPick: (actor: ActorSummary) => void, opts: PickerOptions = {}): ActorPicker {
  const id = `picker-${++pickers}`;
  const input = h('input', {
    id, type: 'search', class: 'picker-input', placeholder, autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
  });
  const list = h('ul', { id: `${id}-list`, class: 'picker-list', role: 'listbox', hidden: true, 'aria-label': `${label} suggestions` });
  const element = h('div', { class: 'picker' },
    h('label', { for: id, class: opts.hideLabel ? 'visually-hidden' : 'picker-label' }, label), input, list);
  let items: ActorSummary[] = [];
  let quotes: Statement[] = [];
  let quoteTotal = 0;
  let active = -1;
  let timer = 0;
  let controller: AbortController | null = null;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('li[id]').forEach((li) => li.setAttribute('aria-selected', String(li.id === `${id}-opt-${i}`)));
    if (i >= 0) { input.setAttribute('aria-activedescendant', `${id}-opt-${i}`); list.querySelector(`#${CSS.escape(`${id}-opt-${i}`)}`)?.scrollIntoView({ block: 'nearest' }); }
  };
  const choose = (actor: ActorSummary) => { input.value = actor.name; close(); onPick(actor); };
  const chooseAt = (i: number) => {
    if (i < items.length) choose(items[i]);
    else if (quotes[i - items.length]) { close(); opts.onQuote!(quotes[i - items.length]); }
  };
  const count = () => items.length + quotes.length;

  const quoteOptions = (q: string) => quotes.map((st, j) => {
    const text = st.quote ?? st.summary;
    return h('li', { id: `${id}-opt-${items.length + j}`, role: 'option', 'aria-selected': 'false', class: 'picker-option quote-option', onmousedown: (e: Event) => { e.preventDefault(); chooseAt(items.length + j); } },
      h('span', { class: 'picker-name' }, st.quote ? '“' : '', ...highlighted(excerptAround(text, q), q), st.quote ? '”' : ''),
      h('span', { class: 'picker-meta' }, `${st.speaker.name} · #${st.id}`));
  });
  const render = (q: string) => {
    const quoteHead = opts.onQuote ? [h('li', { class: 'picker-empty quote-results', role: 'presentation' }, quotes.length ? `Quotes with “${q}”${quoteTotal > quotes.length ? ` (first ${quotes.length} of ${quoteTotal})` : ''}` : `No quote holds “${q}”`), ...quoteOptions(q)] : [];
    if (!items.length) {
      replace(list, h('li', { class: 'picker-empty', role: 'option', 'aria-disabled': 'true' }, `No actor matches “${q}”`), quoteHead);
    } else {
      replace(list, items.map((a, i) => {
        const alias = a.aliases.find((x) => !a.name.toLowerCase().includes(q.toLowerCase()) && fold(x).includes(fold(q)));
        return h('li', { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', class: 'picker-option', onmousedown: (e: Event) => { e.preventDefault(); choose(a); } },
          h('span', { class: 'kind-dot', style: `background:${kindLook(a.kind).color}`, 'aria-hidden': 'true' }),
          h('span', { class: 'picker-name' }, a.name, alias && h('small', {}, ` (${alias})`)),
          h('span', { class: 'picker-meta', title: `said ${a.statementsBy} statements · spoken about in ${a.statementsAbout}` }, `${kindLook(a.kind).label} · said ${a.statementsBy} · about ${a.statementsAbout}`));
      }), quoteHead);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(count() ? 0 : -1);
  };

  const search = async () => {
    const q = input.value.trim();
    if (!q) { close(); return; }
    controller?.abort();
    controller = new AbortController();
    try {
      const signal = controller.signal;
      const [actors, found] = await Promise.all([
        api.actors(q, 8, signal),
        opts.onQuote && q.length >= 3 ? api.statements({ q, limit: QUOTES_SHOWN }, signal) : Promise.resolve(null),
      ]);
      items = actors.items;
      quotes = found?.items ?? [];
      quoteTotal = found?.total ?? 0;
      if (document.activeElement === input) render(q);
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      // A refused query (too long, say) gets the server's own words; only an absent server is "unavailable".
      const message = e instanceof ApiError && !e.unavailable ? `The search was refused: ${e.message}` : 'Search is unavailable right now: the server is not answering.';
      replace(list, h('li', { class: 'picker-empty picker-error', role: 'option', 'aria-disabled': 'true' }, message));
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(search, 140); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) { void search(); return; }
      const n = count();
      if (n) highlight((active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && active >= 0 && active < count()) chooseAt(active);
      else { clearTimeout(timer); void search(); }
    } else if (e.key === 'Escape' && !list.hidden) {
      // Closes the suggestions only, not a dialog the picker sits in.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  return { element, input, set: (name) => { input.value = name; } };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

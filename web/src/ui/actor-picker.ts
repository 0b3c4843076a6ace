// Autocomplete over actor names and aliases (the API ignores case and diacritics). An ARIA combobox.
import { api } from '../api/client.js';
import type { ActorSummary } from '../api/types.js';
import { kindLook } from '../graph/palette.js';
import { h, replace } from './dom.js';

let pickers = 0;

export interface ActorPicker { element: HTMLElement; input: HTMLInputElement; set(name: string): void }

export function actorPicker(label: string, placeholder: string, onPick: (actor: ActorSummary) => void, opts: { hideLabel?: boolean } = {}): ActorPicker {
  const id = `picker-${++pickers}`;
  const input = h('input', {
    id, type: 'search', class: 'picker-input', placeholder, autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-list`,
  });
  const list = h('ul', { id: `${id}-list`, class: 'picker-list', role: 'listbox', hidden: true, 'aria-label': `${label} suggestions` });
  const element = h('div', { class: 'picker' },
    h('label', { for: id, class: opts.hideLabel ? 'visually-hidden' : 'picker-label' }, label), input, list);
  let items: ActorSummary[] = [];
  let active = -1;
  let timer = 0;
  let controller: AbortController | null = null;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) { input.setAttribute('aria-activedescendant', `${id}-opt-${i}`); list.children[i]?.scrollIntoView({ block: 'nearest' }); }
  };
  const choose = (actor: ActorSummary) => { input.value = actor.name; close(); onPick(actor); };

  const render = (q: string) => {
    if (!items.length) {
      replace(list, h('li', { class: 'picker-empty', role: 'option', 'aria-disabled': 'true' }, `No actor matches “${q}”`));
    } else {
      replace(list, items.map((a, i) => {
        const alias = a.aliases.find((x) => !a.name.toLowerCase().includes(q.toLowerCase()) && fold(x).includes(fold(q)));
        return h('li', { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', class: 'picker-option', onmousedown: (e: Event) => { e.preventDefault(); choose(a); } },
          h('span', { class: 'kind-dot', style: `background:${kindLook(a.kind).color}`, 'aria-hidden': 'true' }),
          h('span', { class: 'picker-name' }, a.name, alias && h('small', {}, ` (${alias})`)),
          h('span', { class: 'picker-meta' }, `${kindLook(a.kind).label} · ${a.statementsBy}↗ ${a.statementsAbout}↙`));
      }));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(items.length ? 0 : -1);
  };

  const search = async () => {
    const q = input.value.trim();
    if (!q) { close(); return; }
    controller?.abort();
    controller = new AbortController();
    try {
      items = (await api.actors(q, 8, controller.signal)).items;
      if (document.activeElement === input) render(q);
    } catch (e) {
      if ((e as Error).name !== 'AbortError') replace(list, h('li', { class: 'picker-empty', role: 'option' }, 'Search is unavailable right now'));
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(search, 140); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) { void search(); return; }
      const n = items.length;
      if (n) highlight((active + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!list.hidden && items[active]) choose(items[active]);
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

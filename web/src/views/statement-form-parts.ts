// The repeated rows of the statement form: a target with its stance, a source with its excerpt (or a new source
// from a web address), a position with the side taken. Each registers its fields under its row's path.
import { api, itemsOf } from '../api/client.js';
import { memo } from '../api/memo.js';
import type { PositionStance, SourceSummary, Stance } from '../api/types.js';
import { POSITION_STANCES, SOURCE_KINDS } from '../edit/vocab.js';
import { STANCES } from '../graph/palette.js';
import { actorField } from '../ui/actor-field.js';
import { h } from '../ui/dom.js';
import { field, input, select, textarea, type Field } from '../ui/form.js';
import type { Part } from '../ui/repeater.js';

export interface TargetDraft { target: string; name?: string; stance: Stance }
export interface NewSourceDraft { url: string; title: string; publisher: string; kind: string }
export interface SourceDraft { source: string; excerpt: string; newSource?: NewSourceDraft }
export interface PositionDraft { position: string; stance: PositionStance }

const NEW = '';

/** A row of fields read as one value, each field registered under its key (body.about.0.target…). */
function rowOf<V>(fields: { [K in keyof V]: [Field, () => V[K]] }): Part<V> {
  const entries = Object.entries(fields) as [string, [Field, () => unknown]][];
  return {
    element: h('div', { class: 'row-fields' }, entries.map(([, [f]]) => f.element)),
    read: (errors, path) => Object.fromEntries(entries.map(([key, [f, read]]) => { errors.at(`${path}.${key}`, f); return [key, read()]; })) as V,
  };
}

export function targetRow(initial?: TargetDraft): Part<TargetDraft> {
  const actor = actorField('Actor', 'Whom it is about…', initial ? { id: initial.target, name: initial.name } : null);
  const stance = select(STANCES, initial?.stance ?? 'criticizes');
  return rowOf<TargetDraft>({
    target: [field('Actor', actor.picker.input, { body: actor.picker.element, class: 'grow' }), actor.value],
    stance: [field('Stance', stance), () => stance.value as Stance],
  });
}

export const knownSources = () => memo('sources', () => api.sources().then((p) => p.items));

export function sourceRow(initial?: SourceDraft): Part<SourceDraft> {
  const choice = select([[NEW, 'A new source, from its web address…']], NEW);
  void knownSources().then((sources: SourceSummary[]) => {
    choice.append(...sources.map((s) => h('option', { value: s.id }, s.publisher ? `${s.title} — ${s.publisher}` : s.title)));
    choice.value = initial?.source ?? NEW;
    toggle();
  }, () => undefined);
  const url = input({ type: 'url', placeholder: 'https://…', spellcheck: 'false' });
  const title = input({});
  const publisher = input({});
  const kind = select(SOURCE_KINDS, 'independent press');
  const excerpt = textarea(initial?.excerpt ?? '', 2);
  const f = {
    source: field('Source', choice, { class: 'grow' }),
    url: field('Web address', url), title: field('Title', title), publisher: field('Publisher (optional)', publisher), kind: field('Kind', kind),
    excerpt: field('Excerpt', excerpt, { hint: 'The source’s exact words. Empty: the quote.', class: 'wide' }),
  };
  const fresh = h('div', { class: 'new-source' }, f.url.element, f.title.element, f.publisher.element, f.kind.element);
  const toggle = () => { fresh.hidden = choice.value !== NEW; };
  choice.addEventListener('change', toggle);
  toggle();
  return {
    element: h('div', { class: 'row-fields' }, f.source.element, fresh, f.excerpt.element),
    read: (errors, path) => {
      const i = path.slice(path.lastIndexOf('.') + 1);
      errors.at(`${path}.source`, f.source);
      errors.at(`${path}.excerpt`, f.excerpt);
      (['url', 'title', 'publisher', 'kind'] as const).forEach((k) => errors.at(`newSource.${i}.${k}`, f[k]));
      const newSource = choice.value === NEW ? { url: url.value.trim(), title: title.value.trim(), publisher: publisher.value.trim(), kind: kind.value } : undefined;
      return { source: choice.value, excerpt: excerpt.value.trim(), newSource };
    },
  };
}

export function positionRow(initial?: PositionDraft): Part<PositionDraft> {
  const position = select([['', 'Choose a position…']], '');
  void memo('positions', () => api.positions()).then((list) => {
    position.append(...itemsOf(list).map((p) => h('option', { value: p.id }, p.label)));
    position.value = initial?.position ?? '';
  }, () => undefined);
  const stance = select(POSITION_STANCES, initial?.stance ?? 'supports');
  return rowOf<PositionDraft>({
    position: [field('Position', position, { class: 'grow' }), () => position.value],
    stance: [field('Side', stance), () => stance.value as PositionStance],
  });
}

// A fieldset of checkboxes whose value is "the checked ones", with [] meaning all (and none checked also meaning all).
import { h } from './dom.js';

export interface CheckOption { value: string; label: string; glyph?: Node; group?: string }

export function checkGroup(name: string, title: string, options: CheckOption[], selected: readonly string[], onChange: (values: string[]) => void): HTMLElement {
  const all = selected.length === 0;
  const boxes = options.map((o) => h('input', { type: 'checkbox', name, value: o.value, checked: all || selected.includes(o.value) }));
  const set = (values: string[]) => onChange(values.length === options.length ? [] : values);
  const emit = () => set(boxes.filter((b) => b.checked).map((b) => b.value));
  boxes.forEach((b) => b.addEventListener('change', emit));
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const items = (group: string) => options.flatMap((o, i) => (o.group ?? '') === group ? [h('label', { class: 'check' }, boxes[i], o.glyph, o.label)] : []);
  const only = (group: string) => h('button', {
    type: 'button', class: 'link check-sub-title', name: `${name}-only`, value: group, title: `Show only ${group}`,
    onclick: () => set(options.filter((o) => o.group === group).map((o) => o.value)),
  }, group);
  return h('fieldset', { class: 'check-group' },
    h('legend', {}, title),
    ...groups.map((g) => h('div', { class: g ? 'check-sub' : 'check-list' }, g && only(g), ...items(g))),
    !all && h('button', { type: 'button', class: 'link small', name: `${name}-all`, onclick: () => set([]) }, 'show all'));
}

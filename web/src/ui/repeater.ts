// A list of rows the user adds to and removes from (a statement's targets, positions, sources), read row by row
// under numbered paths (body.about.0, body.about.1…) so the API's messages find their row.
import { h } from './dom.js';
import type { FieldErrors } from './form.js';

/** Any part of a form: its element, and how to read its value (registering its fields under `path`). */
export interface Part<V> { element: HTMLElement; read(errors: FieldErrors, path: string): V }

let repeaters = 0;

export function repeater<V>(legend: string, item: string, make: (initial?: V) => Part<V>, initial: V[], opts: { min?: number; hint?: string } = {}): Part<V[]> {
  const min = opts.min ?? 0;
  const id = `repeater-${++repeaters}`;
  const rows: { part: Part<V>; wrap: HTMLElement; remove: HTMLButtonElement }[] = [];
  const list = h('div', { class: 'rows' });
  const add = h('button', { type: 'button', class: 'btn btn-small' }, `Add ${item}`);
  const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const hint = opts.hint ? h('p', { id: `${id}-hint`, class: 'field-hint' }, opts.hint) : null;
  const element = h('fieldset', { class: 'repeater', 'aria-describedby': [hint?.id, error.id].filter(Boolean).join(' ') },
    h('legend', {}, legend), hint, list, h('div', { class: 'repeater-add' }, add), error);
  const update = () => rows.forEach((r) => { r.remove.disabled = rows.length <= min; });
  const push = (value?: V) => {
    const part = make(value);
    const remove = h('button', { type: 'button', class: 'btn btn-small row-remove', 'aria-label': `Remove this ${item}` }, 'Remove');
    const wrap = h('div', { class: 'row' }, part.element, remove);
    const row = { part, wrap, remove };
    remove.addEventListener('click', () => { rows.splice(rows.indexOf(row), 1); wrap.remove(); update(); add.focus(); });
    rows.push(row);
    list.append(wrap);
    update();
    return part;
  };
  add.addEventListener('click', () => push().element.querySelector<HTMLElement>('input, select, textarea')?.focus());
  initial.forEach((v) => push(v));
  while (rows.length < min) push();
  return {
    element,
    read: (errors, path) => {
      errors.at(path, { element, control: element, error });
      return rows.map((r, i) => r.part.read(errors, `${path}.${i}`));
    },
  };
}

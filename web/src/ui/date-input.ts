// A date field that commits a value only once it is complete: a whole, real date inside the allowed range,
// after a pause in typing, on Enter, or on leaving the field. While the year is still being typed ("0002", "0020",
// "0202") nothing is committed; a date left incomplete or out of range gets a message naming it.
import { isDay } from '../state/url.js';
import { formatDate, h } from './dom.js';

export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2030-12-31';
const PAUSE_MS = 800;

export function dateInput(id: string, label: string, value: string, onCommit: (value: string) => void): HTMLElement {
  const input = h('input', { id, type: 'date', value, min: DATE_MIN, max: DATE_MAX, 'aria-describedby': `${id}-error` });
  const error = h('p', { id: `${id}-error`, class: 'field-error', role: 'alert', hidden: true });
  let committed = value;
  let timer = 0;
  const valid = (v: string) => v === '' || (isDay(v) && v >= DATE_MIN && v <= DATE_MAX);
  const commit = (final: boolean) => {
    clearTimeout(timer);
    const v = input.value;
    // An incomplete date reads as '' while the field still holds typed parts.
    const partial = v === '' && (input.validity.badInput);
    if (valid(v) && !partial) {
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      if (v !== committed) { committed = v; onCommit(v); }
    } else if (final) {
      error.textContent = partial ? `${label}: the date is incomplete.` : `${label}: ${v} is not a date between ${formatDate(DATE_MIN)} and ${formatDate(DATE_MAX)}.`;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = window.setTimeout(() => commit(false), PAUSE_MS); });
  input.addEventListener('blur', () => commit(true));
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); commit(true); } });
  return h('div', { class: 'date-field' }, h('label', { for: id }, label), input, error);
}

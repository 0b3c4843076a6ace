// A report's parameters as a form built from its header: one control per type (actor ids autocompleted), the
// default said in the hint, and the API's messages placed next to the parameters they name.
import { ApiError } from '../api/client.js';
import type { FieldProblem, ReportParam, ReportSummary } from '../api/types.js';
import { actorField } from '../ui/actor-field.js';
import { h } from '../ui/dom.js';
import { field, FieldErrors, formSummary, input, select, type Field } from '../ui/form.js';

/** Dates the reports use for "no limit". */
const OPEN_DATES = new Set(['0001-01-01', '9999-12-31']);

/** includeCritical → "Include critical". */
const words = (name: string) => { const w = name.replace(/([A-Z])/g, ' $1').toLowerCase(); return w.charAt(0).toUpperCase() + w.slice(1); };

function hintOf(p: ReportParam): string {
  const d = String(p.default ?? '');
  const when = p.required ? 'Required.' : d === '' || OPEN_DATES.has(d) ? 'Optional.' : `Default: ${d}.`;
  return `${p.description}. ${when}`.replace(/\.\. /, '. ');
}

interface ParamControl { field: Field; read(): string }

function paramControl(p: ReportParam, value: string): ParamControl {
  const label = `${words(p.name)}${p.required ? ' (required)' : ''}`;
  const hint = hintOf(p);
  const initial = value || (p.default === null ? '' : String(p.default));
  switch (p.type) {
    case 'actorId': {
      const actor = actorField(label, 'Search actors…', value ? { id: value } : null);
      return { field: field(label, actor.picker.input, { hint, body: actor.picker.element }), read: actor.value };
    }
    case 'enum': {
      const control = select(p.values ?? [], initial);
      return { field: field(label, control, { hint }), read: () => control.value };
    }
    case 'boolean': {
      const control = h('input', { type: 'checkbox', checked: initial === 'true' });
      return { field: field(label, control, { hint, body: h('label', { class: 'check' }, control, label) }), read: () => String(control.checked) };
    }
    case 'integer': {
      const control = input({ type: 'number', inputmode: 'numeric', min: p.min, max: p.max, step: 1, value: initial });
      const range = p.min !== undefined && p.max !== undefined ? ` From ${p.min} to ${p.max}.` : '';
      return { field: field(label, control, { hint: `${hint}${range}` }), read: () => control.value.trim() };
    }
    case 'date': {
      const control = input({ type: 'date', value: OPEN_DATES.has(initial) ? '' : initial });
      return { field: field(label, control, { hint }), read: () => control.value };
    }
    default: {
      const control = input({ value: initial, spellcheck: 'false' });
      return { field: field(label, control, { hint }), read: () => control.value.trim() };
    }
  }
}

/** The field messages of a refused run; an unknown actor (a 404 that names its parameter in words) too. */
function problemsOf(e: ApiError): FieldProblem[] {
  if (e.errors.length) return e.errors;
  const m = / \(parameter (\w+)\)$/.exec(e.message);
  return m ? [{ field: `params.${m[1]}`, message: e.message.slice(0, m.index) }] : [];
}

/** showErrors places a refusal's messages at the parameters; false when the error is not about them. */
export interface ReportForm { element: HTMLElement; showErrors(error: unknown): boolean }

export function reportForm(report: ReportSummary, values: Record<string, string>, onRun: (params: Record<string, string>) => void, onReset: () => void): ReportForm {
  const summary = formSummary();
  const errors = new FieldErrors(summary);
  const built = report.params.map((p) => ({ p, c: paramControl(p, values[p.name] ?? '') }));
  built.forEach(({ p, c }) => errors.at(`params.${p.name}`, c.field));
  // Values left empty or at their default stay out of the URL.
  const read = () => Object.fromEntries(built.flatMap(({ p, c }) => {
    const v = c.read();
    return v === '' || v === String(p.default ?? '') ? [] : [[p.name, v]];
  }));
  const form = h('form', { class: 'report-form', novalidate: true, 'aria-labelledby': 'report-title' },
    summary,
    built.length ? h('div', { class: 'fields' }, built.map(({ c }) => c.field.element)) : h('p', { class: 'small' }, 'This report takes no parameters.'),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'report-run', class: 'btn btn-primary' }, 'Run report'),
      built.length > 0 && h('button', { type: 'button', class: 'btn', onclick: onReset }, 'Reset to defaults')));
  form.addEventListener('submit', (e) => { e.preventDefault(); errors.clear(); onRun(read()); });
  return {
    element: form,
    showErrors: (e) => {
      const problems = e instanceof ApiError && e.status >= 400 && e.status < 500 ? problemsOf(e) : [];
      if (problems.length) errors.show('The report did not run', problems, (e as ApiError).message);
      return problems.length > 0;
    },
  };
}

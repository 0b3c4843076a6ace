// Form fields (label, control, hint, error slot, tied together for screen readers) and the placing of an API's
// field messages — problem+json errors[{field, message}] — next to the fields they name.
import { ApiError } from '../api/client.js';
import type { FieldProblem } from '../api/types.js';
import { h, plural, replace } from './dom.js';

let fields = 0;

export interface Field { element: HTMLElement; control: HTMLElement; error: HTMLElement }

export interface FieldOptions {
  hint?: string;
  /** The control's own labelled wrapper (an actor picker brings its label); then `label` is not drawn. */
  body?: HTMLElement;
  class?: string;
}

/** A labelled control with an optional hint and a slot for its error message. */
export function field(label: string, control: HTMLElement, opts: FieldOptions = {}): Field {
  control.id ||= `field-${++fields}`;
  const error = h('p', { id: `${control.id}-error`, class: 'field-error', hidden: true });
  const hint = opts.hint ? h('p', { id: `${control.id}-hint`, class: 'field-hint' }, opts.hint) : null;
  control.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  const element = h('div', { class: `field${opts.class ? ` ${opts.class}` : ''}` },
    !opts.body && h('label', { for: control.id }, label), opts.body ?? control, hint, error);
  return { element, control, error };
}

export const input = (attrs: Record<string, string | number | boolean | null | undefined> = {}) => h('input', { type: 'text', ...attrs });
export const textarea = (value: string, rows = 3) => { const t = h('textarea', { rows }); t.value = value; return t; };
export const select = (options: readonly (string | [value: string, label: string])[], value: string) =>
  h('select', {}, options.map((o) => {
    const [v, label] = typeof o === 'string' ? [o, o] : o;
    return h('option', { value: v, selected: v === value }, label);
  }));

/** The field path without its request part, as a message repeats it: "about.1.target". */
const bare = (path: string) => path.replace(/^(body|params|query|newSource\.\d+)\./, '');

/**
 * Field paths of one submission, mapped to their fields. A message goes to the field its path names, or to the
 * closest enclosing one (body.about.1.target falls back to body.about); the rest go to the summary above the form.
 */
export class FieldErrors {
  private slots = new Map<string, Field>();
  private shown: Field[] = [];

  constructor(private readonly summary: HTMLElement) {}

  /** Hides the messages. */
  clear(): void {
    this.shown.forEach((f) => { f.error.hidden = true; f.error.textContent = ''; f.control.removeAttribute('aria-invalid'); });
    this.shown = [];
    this.summary.hidden = true;
    this.summary.replaceChildren();
  }

  /** Starts a submission of a form whose rows may have moved: hides the messages and forgets the paths. */
  reset(): void {
    this.clear();
    this.slots.clear();
  }

  at<T extends Field>(path: string, f: T): T { this.slots.set(path, f); return f; }

  private find(path: string): Field | undefined {
    for (let p = path; p; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
      const hit = this.slots.get(p);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Shows the messages; the first field named takes the focus. */
  show(title: string, problems: FieldProblem[], detail = ''): void {
    this.clear();
    const loose: string[] = [];
    for (const p of problems) {
      const f = this.find(p.field);
      if (!f) { loose.push(`${bare(p.field)}: ${p.message}`); continue; }
      const name = bare(p.field);
      const message = p.message.startsWith(`${name} `) ? p.message.slice(name.length + 1) : p.message;
      f.error.textContent = f.error.textContent ? `${f.error.textContent} ${message}` : message;
      f.error.hidden = false;
      f.control.setAttribute('aria-invalid', 'true');
      if (!this.shown.includes(f)) this.shown.push(f);
    }
    const placed = this.shown.length;
    replace(this.summary, h('strong', {}, title),
      placed > 0 && h('p', {}, `${plural(placed, 'field')} ${placed === 1 ? 'needs' : 'need'} attention: see the message${placed === 1 ? '' : 's'} below.`),
      ...(loose.length ? loose : problems.length ? [] : [detail]).map((m) => h('p', {}, m)));
    this.summary.hidden = false;
    const first = this.shown[0]?.control;
    (first?.matches('input, select, textarea, button') ? first : first?.querySelector<HTMLElement>('input, select, textarea, button') ?? this.summary).focus();
  }
}

/** The box above a form that sums up what the server refused. */
export const formSummary = () => h('div', { class: 'form-summary', role: 'alert', tabindex: '-1', hidden: true });

/** Submits through `run`, one submission at a time, the button disabled meanwhile; a refusal's messages are shown. */
export function onSubmit(form: HTMLFormElement, button: HTMLButtonElement, errors: FieldErrors, refused: string, run: () => Promise<void>): void {
  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await run();
    } catch (err) {
      if (err instanceof ApiError) errors.show(refused, err.errors, err.message);
      else errors.show(refused, [], String((err as Error).message ?? err));
    } finally {
      busy = false;
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  });
}

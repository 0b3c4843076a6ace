// Signing in with an API token (kept in this tab's sessionStorage only) and out; while signed in, the way to
// add a statement.
import { ApiError } from '../api/client.js';
import { checkToken } from '../api/writes.js';
import type { Ctx } from '../app/context.js';
import { session } from '../auth/session.js';
import { openDialog } from '../ui/dialog.js';
import { h } from '../ui/dom.js';
import { field, FieldErrors, formSummary, input, onSubmit } from '../ui/form.js';

const REFUSED: Record<number, string> = {
  401: 'This token is not valid on this server.',
  403: 'This token may only read: editing needs a token with the editor or admin role.',
};

function signInDialog(): void {
  const summary = formSummary();
  const errors = new FieldErrors(summary);
  const token = input({ type: 'password', autocomplete: 'off', spellcheck: 'false' });
  const tokenField = errors.at('token', field('API token', token, { hint: 'A token with the editor or admin role. It stays in this browser tab only and is forgotten when the tab closes.' }));
  const button = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Sign in');
  const form = h('form', { class: 'edit-form', novalidate: true }, summary, tokenField.element,
    h('div', { class: 'actions form-actions' }, button, h('button', { type: 'button', class: 'btn', onclick: () => dialog.close() }, 'Cancel')));
  onSubmit(form, button, errors, 'Not signed in', async () => {
    const value = token.value.trim();
    try {
      if (!value) throw new ApiError(401, 'Unauthorized', 'Paste your API token.');
      await checkToken(value);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        throw new ApiError(e.status, e.title, e.message, [{ field: 'token', message: value ? REFUSED[e.status]! : e.message }]);
      }
      throw e;
    }
    session.signIn(value);
    dialog.close();
  });
  const dialog = openDialog('Sign in to edit', form);
}

export function account(ctx: Ctx): HTMLElement[] {
  if (!session.signedIn) {
    return [h('button', { type: 'button', class: 'btn btn-small btn-dark', onclick: signInDialog }, 'Sign in')];
  }
  return [
    h('span', { class: 'signed-in', title: 'Signed in with an API token (this tab only)' }, 'Editing'),
    h('button', { type: 'button', class: 'btn btn-small btn-dark', onclick: () => ctx.edit.addStatement() }, 'Add statement'),
    h('button', { type: 'button', class: 'btn btn-small btn-dark', onclick: () => session.signOut() }, 'Sign out'),
  ];
}

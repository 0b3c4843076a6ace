// Edit an actor: name, aliases, description and kind, with a reason for the history. The API's messages
// appear next to the fields they name.
import type { ActorDetail, ActorKind, SeedActor, WriteResult } from '../api/types.js';
import { idempotencyKey, writes } from '../api/writes.js';
import { KIND_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';
import { field, FieldErrors, formSummary, input, onSubmit, select, textarea } from '../ui/form.js';

export interface ActorFormOptions { actor: ActorDetail; onSaved(result: WriteResult<SeedActor>): void; onCancel(): void }

export function actorForm({ actor, onSaved, onCancel }: ActorFormOptions): HTMLFormElement {
  const summaryBox = formSummary();
  const errors = new FieldErrors(summaryBox);
  const name = input({ value: actor.name });
  const kind = select(Object.entries(KIND_LOOK).map(([value, k]): [string, string] => [value, k.label]), actor.kind);
  const aliases = textarea(actor.aliases.join('\n'), 3);
  const description = textarea(actor.description ?? '', 3);
  const reason = input({ placeholder: 'e.g. the name as the new source spells it' });
  const f = {
    name: field('Name', name), kind: field('Kind', kind),
    aliases: field('Aliases', aliases, { hint: 'One a line: other names and spellings the search should find.', class: 'wide' }),
    description: field('Description', description, { class: 'wide' }),
    reason: field('Why (kept in the history)', reason, { class: 'wide' }),
  };
  Object.entries(f).forEach(([k, v]) => errors.at(k === 'reason' ? 'querystring.reason' : `body.${k}`, v));
  const save = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Save changes');
  const form = h('form', { class: 'edit-form', novalidate: true },
    summaryBox,
    h('div', { class: 'fields' }, Object.values(f).map((x) => x.element)),
    h('div', { class: 'actions form-actions' }, save, h('button', { type: 'button', class: 'btn', onclick: onCancel }, 'Cancel')));
  onSubmit(form, save, errors, 'The changes were not saved', async () => {
    errors.clear();
    const body = {
      name: name.value.trim(), kind: kind.value as ActorKind,
      aliases: aliases.value.split('\n').map((a) => a.trim()).filter(Boolean), description: description.value.trim() || null,
    };
    onSaved(await writes.updateActor(actor.id, body, { key: idempotencyKey(), reason: reason.value.trim() }));
  });
  return form;
}

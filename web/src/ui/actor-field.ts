// An actor chosen by name (the search autocomplete), read as its id. Text typed but not picked is read as
// written, so the API names what is wrong with it. Given only an id, it shows the actor's name once known.
import { api } from '../api/client.js';
import type { ActorRef } from '../api/types.js';
import { actorPicker, type ActorPicker } from './actor-picker.js';

export interface ActorField { picker: ActorPicker; value(): string }

type Initial = Pick<ActorRef, 'id'> & { name?: string };

/** Names met on this page, so a form rebuilt from the URL's ids shows names at once. */
const names = new Map<string, string>();

export function actorField(label: string, placeholder: string, initial: Initial | null = null): ActorField {
  let picked = initial && { id: initial.id, name: initial.name ?? names.get(initial.id) ?? initial.id };
  const picker = actorPicker(label, placeholder, (a) => { picked = a; names.set(a.id, a.name); });
  if (picked) picker.set(picked.name);
  if (initial && !initial.name && !names.has(initial.id)) {
    void api.actor(initial.id).then((a) => {
      names.set(a.id, a.name);
      if (picked?.id !== a.id || picker.input.value.trim() !== picked.name) return;
      picked = { id: a.id, name: a.name };
      picker.set(a.name);
    }, () => undefined);
  }
  return {
    picker,
    value: () => {
      const text = picker.input.value.trim();
      return picked && text === picked.name ? picked.id : text;
    },
  };
}

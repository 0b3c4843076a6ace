// Loading, empty and error states, the same everywhere.
import { ApiError } from '../api/client.js';
import { h } from './dom.js';

export const loading = (what = 'Loading…') => h('p', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), what);

export const empty = (message: string) => h('p', { class: 'state state-empty' }, message);

export function errorState(error: unknown, retry?: () => void): HTMLElement {
  const e = error instanceof ApiError ? error : null;
  // A refused request (4xx) will be refused again: it needs other input, not a retry.
  const refused = !!e && e.status >= 400 && e.status < 500;
  const title = e?.unavailable ? 'The API is not answering' : refused ? 'The server refused the request' : 'Something went wrong';
  const detail = e ? `${e.status ? `${e.status} ${e.title}: ` : ''}${e.message}` : String((error as Error)?.message ?? error);
  return h('div', { class: 'state state-error', role: 'alert' },
    h('strong', {}, title), h('p', {}, detail),
    retry && !refused && h('button', { type: 'button', class: 'btn btn-primary', onclick: () => retry() }, 'Retry'));
}

/** Runs a load into a container with the three states handled. */
export async function into<T>(container: Element, load: () => Promise<T>, render: (value: T) => Node | Node[], what?: string): Promise<void> {
  container.replaceChildren(loading(what));
  try {
    const value = await load();
    const out = render(value);
    container.replaceChildren(...(Array.isArray(out) ? out : [out]));
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    container.replaceChildren(errorState(error, () => void into(container, load, render, what)));
  }
}

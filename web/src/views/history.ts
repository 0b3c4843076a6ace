// An actor's change history from the audit trail: who changed what, when and why, newest first; each change
// opens to the fields it changed, before and after.
import { api } from '../api/client.js';
import type { Change } from '../api/types.js';
import { h, plural } from '../ui/dom.js';
import { empty, into } from '../ui/status.js';

const SHOWN = 20;

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

const short = (v: unknown) => {
  const text = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
};

/** The fields one record's change touched, with their values before and after. */
function fieldChanges(c: Change['changes'][number]): HTMLElement {
  const before = (c.before ?? {}) as Record<string, unknown>;
  const after = (c.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  const fields = c.op === 'updated' ? keys : [];
  return h('li', {}, `${c.op} ${c.kind} `, h('code', {}, c.id),
    fields.length > 0 && h('ul', { class: 'diff' }, fields.map((k) => h('li', {},
      h('strong', {}, k), ': ', h('del', {}, short(before[k])), ' → ', h('ins', {}, short(after[k]))))));
}

function changeItem(c: Change): HTMLElement {
  return h('li', { class: 'change', 'data-change': c.id },
    h('p', { class: 'change-head' }, h('strong', {}, c.who), ` ${c.summary}`),
    h('p', { class: 'small' }, h('time', { datetime: c.at }, when(c.at)), ` · ${c.action}`, c.reason ? ` · why: ${c.reason}` : ' · no reason given'),
    h('details', {}, h('summary', {}, `What changed (${plural(c.changes.length, 'record')})`), h('ul', { class: 'change-records' }, c.changes.map(fieldChanges))));
}

export function historyList(actorId: string): HTMLElement {
  const body = h('div', { class: 'history' });
  void into(body, () => api.changes(actorId, SHOWN), (page) => page.items.length
    ? h('div', {}, h('ol', { class: 'history-list' }, page.items.map(changeItem)),
      page.total > SHOWN && h('p', { class: 'small' }, `The latest ${SHOWN} of ${page.total} changes.`))
    : empty('No changes since the data was loaded: this actor is as the seed documents have it.'), 'Loading history…');
  return body;
}

// The Cypher behind a report, on request: the whole file for the engine in use, to read and copy.
import { reportDetail } from '../api/reports.js';
import type { Ctx } from '../app/context.js';
import { h } from '../ui/dom.js';
import { into } from '../ui/status.js';

export function reportCypher(ctx: Ctx): HTMLElement {
  const r = ctx.store.get().report;
  const toggle = h('button', {
    type: 'button', id: 'cypher-toggle', class: 'btn btn-small', 'aria-expanded': String(r.cypher), 'aria-controls': 'report-cypher',
    onclick: () => ctx.store.set({ report: { ...ctx.store.get().report, cypher: !r.cypher } }, 'replace'),
  }, r.cypher ? 'Hide the Cypher' : 'Show the Cypher');
  const body = h('div', { id: 'report-cypher', hidden: !r.cypher });
  if (r.cypher) {
    void into(body, () => reportDetail(r.name), (d) => {
      const code = h('code', {}, d.cypher);
      const copy = h('button', { type: 'button', class: 'btn btn-small', onclick: () => void navigator.clipboard?.writeText(d.cypher).then(() => { copy.textContent = 'Copied'; }) }, 'Copy');
      return [
        h('p', { class: 'small' }, `${d.file} · ${d.dialect} dialect `, copy),
        h('pre', { class: 'cypher', tabindex: '0', 'aria-label': `Cypher of ${d.title}` }, code),
      ];
    }, 'Loading the Cypher…');
  }
  return h('div', { class: 'report-cypher' }, toggle, body);
}

// What the panel shows before anything is selected: how to start, and the most discussed actors.
import type { Ctx } from '../app/context.js';
import { KIND_LOOK, kindLook } from '../graph/palette.js';
import { h } from '../ui/dom.js';

export function welcome(ctx: Ctx): HTMLElement {
  const top = ctx.network.cy.nodes().not('.hidden').filter((n) => n.data('kind') in KIND_LOOK).sort((a, b) => b.data('spokenAbout') - a.data('spokenAbout')).slice(0, 10);
  return h('div', { class: 'welcome' },
    h('h2', {}, 'Who said what about whom'),
    h('p', {}, 'Click an actor to read what they said and what was said about them; click an arrow for the statements between two actors. Double-click to expand a neighbourhood.'),
    h('p', { class: 'small' }, 'Keys: / search · Esc clear selection · + − zoom · 0 fit.'),
    top.length > 0 && h('section', {}, h('h3', {}, 'Most spoken about'),
      h('ul', { class: 'connections' }, top.map((n) => h('li', {},
        h('button', { type: 'button', class: 'connection', onclick: () => ctx.actions.selectActor(n.id()) },
          h('span', { class: 'kind-dot', style: `background:${kindLook(n.data('kind')).color}`, 'aria-hidden': 'true' }),
          `${n.data('label')} — ${n.data('spokenAbout')} statements about them`))))),
    h('button', { type: 'button', class: 'btn', onclick: () => ctx.store.set({ panel: 'path' }) }, 'Find a path between two actors'));
}

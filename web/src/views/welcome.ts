// What the panel shows before anything is selected: how to start, and the most discussed actors.
import type { Ctx } from '../app/context.js';
import { KIND_LOOK, kindLook } from '../graph/palette.js';
import { h } from '../ui/dom.js';

export function welcome(ctx: Ctx): HTMLElement {
  // Counted from the visible statement edges, so the stance and date filters apply here too.
  const about = (id: string) => ctx.graph.shownEdgesOf(id).filter((e) => e.type === 'SPOKE_ABOUT' && e.target === id).reduce((sum, e) => sum + (e.count ?? 1), 0);
  const top = ctx.graph.shownNodes().map((n) => ({ n, count: about(n.id) }))
    .filter(({ n, count }) => n.kind in KIND_LOOK && count > 0).sort((a, b) => b.count - a.count).slice(0, 10);
  return h('div', { class: 'welcome' },
    h('h2', {}, 'Who said what about whom'),
    h('p', {}, 'Click an actor to read what they said and what was said about them; click an arrow for the statements between two actors. Double-click to expand a neighbourhood.'),
    h('p', { class: 'small' }, 'Keys: / search · Esc clear selection · + − zoom · 0 fit · h hide · p pin · Ctrl+Z undo · Ctrl+Shift+Z redo.'),
    top.length > 0 && h('section', {}, h('h3', {}, 'Most spoken about'),
      h('ul', { class: 'connections' }, top.map(({ n, count }) => h('li', {},
        h('button', { type: 'button', class: 'connection', onclick: () => ctx.actions.selectActor(n.id) },
          h('span', { class: 'kind-dot', style: `background:${kindLook(n.kind).color}`, 'aria-hidden': 'true' }),
          `${n.label} — ${count} statement${count === 1 ? '' : 's'} about them`))))),
    h('button', { type: 'button', class: 'btn', onclick: () => ctx.store.set({ panel: 'path' }) }, 'Find a path between two actors'));
}

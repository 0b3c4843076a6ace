// Accessible tabs: arrow keys move between tabs, each tab shows one panel (built on first open).
import { h } from './dom.js';

export interface TabSpec { id: string; label: string; render: () => Node }

export function tabs(name: string, specs: TabSpec[], initial = specs[0]?.id): HTMLElement {
  const panel = h('div', { class: 'tab-panel', role: 'tabpanel', tabindex: '0' });
  const built = new Map<string, Node>();
  const buttons = specs.map((spec) => h('button', {
    type: 'button', role: 'tab', id: `${name}-tab-${spec.id}`, class: 'tab', 'aria-selected': 'false', tabindex: '-1',
    onclick: () => open(spec.id),
  }, spec.label));
  const list = h('div', { class: 'tablist', role: 'tablist', 'aria-label': name }, buttons);
  list.addEventListener('keydown', (e) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
    const next = buttons[(i + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next.focus();
    next.click();
  });
  function open(id: string) {
    specs.forEach((spec, i) => {
      const on = spec.id === id;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      if (on) {
        if (!built.has(id)) built.set(id, spec.render());
        panel.replaceChildren(built.get(id)!);
        panel.setAttribute('aria-labelledby', buttons[i].id);
      }
    });
  }
  if (initial) open(initial);
  return h('div', { class: 'tabs' }, list, panel);
}

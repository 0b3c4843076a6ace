// The toolbar over the graph: layout, undo and redo, what is hidden, zoom, and the exports.
import type { Ctx } from '../app/context.js';
import { exportFile, EXPORT_FORMATS } from '../export/export.js';
import { LAYOUT_LABELS } from '../graph/layouts.js';
import { LAYOUT_NAMES, type LayoutName } from '../state/state.js';
import { showsReport } from '../state/query.js';
import * as T from '../state/transitions.js';
import { h, plural } from '../ui/dom.js';

export function graphTools(ctx: Ctx, say: (message: string) => void): HTMLElement[] {
  const { network, store } = ctx;
  const s = store.get();
  const narrowed = s.focus > 0 || s.expanded.length > 0 || !!s.root || showsReport(s) || s.hidden.length > 0;
  const layout = h('select', { id: 'layout-picker', 'aria-label': 'Layout', onchange: (e: Event) => store.set({ layout: (e.target as HTMLSelectElement).value as LayoutName | '' }) },
    h('option', { value: '', selected: !s.layout }, 'Layout: auto'),
    LAYOUT_NAMES.map((name) => h('option', { value: name, selected: s.layout === name }, LAYOUT_LABELS[name])));
  const exports = EXPORT_FORMATS.map((f) => {
    const button = h('button', { type: 'button', class: 'btn btn-small', title: f.title, 'data-export': f.id }, f.label);
    button.addEventListener('click', async () => {
      button.disabled = true;
      try { say(await exportFile(f.id, ctx.graph, network, store.get())); } catch (e) { say(`${f.label} export failed: ${(e as Error).message}`); }
      button.disabled = false;
    });
    return button;
  });
  return [
    layout,
    h('button', { type: 'button', class: 'btn btn-small', title: 'Lay out the visible actors again', onclick: () => void network.relayout(s.layout) }, 'Re-run'),
    h('span', { class: 'tool-sep', 'aria-hidden': 'true' }),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Undo', title: 'Undo the last change to the canvas (Ctrl+Z)', disabled: !store.canUndo, onclick: () => ctx.actions.undo() }, '↶'),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Redo', title: 'Redo (Ctrl+Shift+Z)', disabled: !store.canRedo, onclick: () => ctx.actions.redo() }, '↷'),
    s.hidden.length > 0 && h('button', { type: 'button', class: 'btn btn-small', title: s.hidden.join(', '), onclick: () => store.set(T.showHidden(store.get())) }, `Show ${plural(s.hidden.length, 'hidden actor')}`),
    narrowed && h('button', { type: 'button', class: 'btn btn-small', onclick: () => store.set(T.showAll(store.get())) }, 'Show all'),
    h('span', { class: 'tool-sep', 'aria-hidden': 'true' }),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Zoom in', onclick: () => network.zoomBy(1.25) }, '+'),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': 'Zoom out', onclick: () => network.zoomBy(0.8) }, '−'),
    h('button', { type: 'button', class: 'btn btn-small', onclick: () => network.fit() }, 'Fit'),
    h('details', { class: 'menu' }, h('summary', { class: 'btn btn-small' }, 'Export'), h('div', { class: 'menu-body', role: 'group', 'aria-label': 'Export the current view' }, exports)),
  ].filter((x): x is HTMLElement => !!x);
}

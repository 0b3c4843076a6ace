// The filter sidebar: kind, stance, dates, edge types, isolated actors and the as-of date for ties.
import type { Ctx } from '../app/context.js';
import { KIND_LOOK, POLARITY_COLOR, STANCE_POLARITY, TIE_COLOR, TIE_LOOK } from '../graph/palette.js';
import { emptyFilters, type AppState, type Filters } from '../state/state.js';
import * as T from '../state/transitions.js';
import { dateInput } from '../ui/date-input.js';
import { h } from '../ui/dom.js';
import { checkGroup } from '../ui/check-group.js';
import { lineGlyph, shapeGlyph } from '../ui/shapes.js';


export function filtersPanel(ctx: Ctx, s: AppState): HTMLElement {
  const f = s.filters;
  const setF = (patch: Partial<Filters>) => ctx.store.set(T.setFilters(ctx.store.get(), patch));
  const active = JSON.stringify(f) !== JSON.stringify(emptyFilters()) || !!s.asOf;
  return h('div', { class: 'filters' },
    h('div', { class: 'sidebar-head' }, h('h2', {}, 'Filters'),
      active && h('button', { type: 'button', class: 'btn btn-small', onclick: () => ctx.store.set(T.resetFilters()) }, 'Reset')),
    checkGroup('kind', 'Actor kind', Object.entries(KIND_LOOK).map(([value, k]) => ({ value, label: k.label, glyph: shapeGlyph(k.shape, k.color) })),
      f.kinds, (v) => setF({ kinds: v as Filters['kinds'] })),
    checkGroup('stance', 'Stance', Object.entries(STANCE_POLARITY).map(([value, p]) => ({ value, label: value, group: p, glyph: h('span', { class: 'swatch', style: `background:${POLARITY_COLOR[p]}`, 'aria-hidden': 'true' }) })),
      f.stances, (v) => setF({ stances: v as Filters['stances'] })),
    h('fieldset', { class: 'check-group' }, h('legend', {}, 'Statement dates'),
      dateInput('filter-from', 'From', f.from, (v) => setF({ from: v })),
      dateInput('filter-to', 'To', f.to, (v) => setF({ to: v })),
      (f.from || f.to) && h('button', { type: 'button', class: 'link small', onclick: () => setF({ from: '', to: '' }) }, 'any date')),
    checkGroup('edge', 'Show', [
      { value: 'SPOKE_ABOUT', label: 'Statements', glyph: lineGlyph(POLARITY_COLOR.hostile, []) },
      ...Object.entries(TIE_LOOK).map(([value, t]) => ({ value, label: t.label, glyph: lineGlyph(TIE_COLOR, t.dash, 2) })),
    ], f.edges, (v) => setF({ edges: v as Filters['edges'] })),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'hide-isolated', checked: f.hideIsolated, onchange: (e: Event) => setF({ hideIsolated: (e.target as HTMLInputElement).checked }) }), 'Hide actors without connections'),
    h('fieldset', { class: 'check-group' }, h('legend', {}, 'Ties as of'),
      dateInput('as-of', 'Date', s.asOf, (v) => ctx.store.set({ asOf: v })),
      h('p', { class: 'small' }, s.asOf ? 'Offices, memberships and alliances as they stood on that day.' : 'Showing all ties, past and present.')));
}

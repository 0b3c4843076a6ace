// What every colour, shape and line means.
import { KIND_LOOK, POLARITY_COLOR, TIE_COLOR, TIE_LOOK } from '../graph/palette.js';
import { h } from '../ui/dom.js';
import { lineGlyph, shapeGlyph } from '../ui/shapes.js';

export function legend(): HTMLElement {
  return h('details', { class: 'legend', open: true },
    h('summary', {}, 'Legend'),
    h('div', { class: 'legend-body' },
      h('ul', { 'aria-label': 'Actor kinds' }, Object.values(KIND_LOOK).map((k) => h('li', {}, shapeGlyph(k.shape, k.color), k.label))),
      h('ul', { 'aria-label': 'Statement edges by dominant stance' }, Object.entries(POLARITY_COLOR).map(([p, c]) => h('li', {}, lineGlyph(c, [], 4), `${p[0].toUpperCase()}${p.slice(1)}`))),
      h('ul', { 'aria-label': 'Ties' }, Object.values(TIE_LOOK).map((t) => h('li', {}, lineGlyph(TIE_COLOR, t.dash, 2), t.label))),
      h('p', { class: 'small' }, 'Node size: how much an actor is spoken about. Arrow width: number of statements.'),
      h('p', { class: 'small' }, '“said N”: statements the actor made. “about N” / “spoken about N”: statements others made about them. A dashed border marks a pinned actor.')));
}

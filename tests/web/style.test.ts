// What the stylesheet draws at each drawing detail (drawing-detail.ts): a small graph's edges curved with
// arrowheads in their stance's colour, a large graph's as plain lines; label text only on the nodes that carry it.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { POLARITY_COLOR, TIE_COLOR } from '../../web/src/graph/palette.js';
import { graphStyle } from '../../web/src/graph/style.js';

function graph(detail: 'fast' | 'full'): Core {
  const node = (id: string) => ({ group: 'nodes' as const, classes: detail, data: { id, label: `Actor ${id}`, short: id, size: 30, color: '#336699', shape: 'ellipse' } });
  return cytoscape({
    headless: true, styleEnabled: true, style: graphStyle(),
    elements: [
      node('a'), node('b'), node('c'),
      { group: 'edges', classes: detail, data: { id: 'said', source: 'a', target: 'b', type: 'SPOKE_ABOUT', polarity: 'hostile', width: 3 } },
      { group: 'edges', classes: detail, data: { id: 'member', source: 'a', target: 'c', type: 'MEMBER_OF' } },
    ],
  });
}

const look = (cy: Core, id: string, ...properties: string[]) => {
  const el = cy.getElementById(id) as unknown as { pstyle(name: string): { strValue: string } };
  return Object.fromEntries(properties.map((p) => [p, el.pstyle(p).strValue]));
};
const EDGE = ['curve-style', 'target-arrow-shape', 'target-arrow-color', 'line-color', 'line-style'];

describe('the graph stylesheet', () => {
  it('draws a small graph\'s edges curved, with arrowheads in the colour of their stance or tie', () => {
    const cy = graph('full');
    const hostile = cytoscapeColour(POLARITY_COLOR.hostile);
    expect(look(cy, 'said', ...EDGE)).toEqual({ 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': hostile, 'line-color': hostile, 'line-style': 'solid' });
    const tie = cytoscapeColour(TIE_COLOR);
    expect(look(cy, 'member', ...EDGE)).toEqual({ 'curve-style': 'bezier', 'target-arrow-shape': 'circle', 'target-arrow-color': tie, 'line-color': tie, 'line-style': 'dashed' });
  });

  it('draws a large graph\'s edges as straight lines without arrowheads, but the selected one with its arrowhead', () => {
    const cy = graph('fast');
    expect(look(cy, 'said', 'curve-style', 'target-arrow-shape')).toEqual({ 'curve-style': 'haystack', 'target-arrow-shape': 'none' });
    expect(look(cy, 'member', 'curve-style', 'target-arrow-shape', 'line-style')).toEqual({ 'curve-style': 'haystack', 'target-arrow-shape': 'none', 'line-style': 'dashed' });
    cy.getElementById('said').select();
    expect(look(cy, 'said', 'curve-style', 'target-arrow-shape')).toEqual({ 'curve-style': 'straight', 'target-arrow-shape': 'triangle' });
    expect(look(cy, 'said', 'target-arrow-color')).toEqual({ 'target-arrow-color': cytoscapeColour(POLARITY_COLOR.hostile) });
  });

  it('colours a statement edge by its polarity and a tie in the tie colour at both drawing details', () => {
    for (const detail of ['full', 'fast'] as const) {
      const cy = graph(detail);
      expect(look(cy, 'said', 'line-color', 'width')).toEqual({ 'line-color': cytoscapeColour(POLARITY_COLOR.hostile), width: '3px' });
      expect(look(cy, 'member', 'line-color')).toEqual({ 'line-color': cytoscapeColour(TIE_COLOR) });
    }
  });

  it('gives a small graph\'s nodes their (hidden) label text, and a large graph\'s only where it is drawn, hovered or selected', () => {
    const full = graph('full');
    expect(look(full, 'a', 'label', 'text-opacity')).toEqual({ label: 'a', 'text-opacity': '0' });
    const fast = graph('fast');
    expect(look(fast, 'a', 'label')).toEqual({ label: '' });
    fast.getElementById('a').addClass('labelled');
    expect(look(fast, 'a', 'label', 'text-opacity', 'text-valign')).toEqual({ label: 'a', 'text-opacity': '1', 'text-valign': 'bottom' });
    fast.getElementById('b').select();
    expect(look(fast, 'b', 'label', 'font-weight', 'text-valign')).toEqual({ label: 'Actor b', 'font-weight': 'bold', 'text-valign': 'bottom' });
    expect(look(fast, 'c', 'label')).toEqual({ label: '' });
  });
});

/** Cytoscape's spelling of a colour given in hex. */
function cytoscapeColour(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

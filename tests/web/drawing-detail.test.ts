// How simply the canvas draws a graph, by its size: the seed's views in full, the 2,000-actor bench view simply.
import { describe, expect, it } from 'vitest';
import { drawingClass, SIMPLE_DRAWING_ABOVE } from '../../web/src/graph/drawing-detail.js';

describe('the drawing detail chosen by graph size', () => {
  it('draws the seed\'s first view in full and a 2,000-actor, 6,000-connection view simply', () => {
    // The seed's overview: 232 actors and some 450 connections.
    expect(drawingClass(232 + 450)).toBe('full');
    expect(drawingClass(SIMPLE_DRAWING_ABOVE)).toBe('full');
    expect(drawingClass(SIMPLE_DRAWING_ABOVE + 1)).toBe('fast');
    expect(drawingClass(2000 + 6000)).toBe('fast');
  });
});

// How much the canvas draws, by graph size (like the layout, chosen by size): a large graph is drawn simply.

/** Above this many elements, edges are straight haystack lines, and only nodes with a drawn label carry its text. */
export const SIMPLE_DRAWING_ABOVE = 3000;

/**
 * The class that draws an element of a graph this large simply ("fast"), or in full ("full"). Small graphs keep
 * every node's (hidden) label text: force-directed layouts measure nodes with their labels, so taking it away
 * would move them.
 */
export const drawingClass = (elementCount: number): 'fast' | 'full' => (elementCount > SIMPLE_DRAWING_ABOVE ? 'fast' : 'full');

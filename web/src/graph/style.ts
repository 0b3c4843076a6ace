// The Cytoscape stylesheet, built from the palette.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { emphasisFontSize, labelFontSize } from './labels.js';
import { POLARITY_COLOR, TIE_COLOR, TIE_LOOK } from './palette.js';

/** A node's border, drawn centred on its edge: half of it lies outside the node's size (layouts space nodes by it). */
export const NODE_BORDER = 1.5;

/**
 * The nodes that carry label text: all of a small graph's ("full", for the layouts that measure labels), and of a
 * large graph's ("fast") those whose label is drawn, hovered, selected or on a path. See drawing-detail.ts.
 */
export const LABEL_TEXT_NODES = 'node.full, node.labelled, node.hover, node:selected, node.path';

/** The edges matching this selector part that are drawn with curves and arrowheads (see graphStyle). */
const withArrows = (part: string) => `edge.full${part}, edge:selected${part}`;

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'background-color': 'data(color)', shape: 'data(shape)' as never, width: 'data(size)', height: 'data(size)', 'border-width': NODE_BORDER, 'border-color': '#ffffff' },
    },
    {
      // Label text and its look, only on the nodes that carry it: a large graph's other nodes carry none (2,000
      // hidden labels cost measuring each time), and each property costs a style computation per node. Labels are
      // drawn only where declutter.ts found room ("labelled").
      selector: LABEL_TEXT_NODES,
      style: {
        label: 'data(short)', 'font-size': (n: NodeSingular) => labelFontSize(n.data('size') as number), 'font-family': 'system-ui, sans-serif', color: '#1f2328',
        'text-valign': 'bottom', 'text-margin-y': 1, 'text-outline-color': '#ffffff', 'text-outline-width': 2, 'text-opacity': 0,
      },
    },
    // A large graph's edges are straight lines without arrowheads (Cytoscape's default "haystack" curve), and
    // only what draws them is set on them: each property costs a style computation per edge. Curves and arrows
    // are set on a small graph's edges and on a large graph's selected one (withArrows).
    { selector: 'edge', style: { width: 1.5, 'line-color': TIE_COLOR, opacity: 0.85 } },
    { selector: withArrows(''), style: { 'curve-style': 'bezier', 'target-arrow-color': TIE_COLOR, 'arrow-scale': 0.8 } },
    { selector: 'edge[type = "SPOKE_ABOUT"]', style: { width: 'data(width)', 'line-color': POLARITY_COLOR.neutral } },
    { selector: withArrows('[type = "SPOKE_ABOUT"]'), style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': POLARITY_COLOR.neutral } },
    ...Object.entries(POLARITY_COLOR).flatMap(([polarity, color]) => [
      { selector: `edge[polarity = "${polarity}"]`, style: { 'line-color': color } },
      { selector: withArrows(`[polarity = "${polarity}"]`), style: { 'target-arrow-color': color } },
    ]),
    ...Object.entries(TIE_LOOK).flatMap(([type, look]) => [
      { selector: `edge[type = "${type}"]`, style: { 'line-style': look.dash.length ? 'dashed' : 'solid', 'line-dash-pattern': look.dash, width: 1.2, opacity: 0.7 } },
      { selector: withArrows(`[type = "${type}"]`), style: { 'target-arrow-shape': look.arrow as never } },
    ]),
    { selector: 'edge.fast:selected', style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' } },
    { selector: 'node.labelled, node.hover', style: { 'text-opacity': 1 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.dim', style: { opacity: 0.22, 'text-opacity': 0 } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.hover, node:selected, node.path', style: { label: 'data(label)', 'z-index': 10, 'font-weight': 'bold', 'font-size': emphasisFontSize } },
    { selector: 'node.hover', style: { 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px', 'z-index': 20 } },
    { selector: 'node.near', style: { 'z-index': 5 } },
    { selector: 'node:selected', style: { 'border-color': '#111827', 'border-width': 4, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'overlay-color': '#111827', 'overlay-opacity': 0.18, 'overlay-padding': 4, opacity: 1, 'z-index': 9 } },
    { selector: 'node.path', style: { 'border-color': '#f59e0b', 'border-width': 5 } },
    { selector: 'node.pinned', style: { 'border-color': '#111827', 'border-width': 3, 'border-style': 'dashed' } },
    { selector: 'edge.path', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.35, 'overlay-padding': 5, opacity: 1, 'z-index': 9 } },
  ];
}

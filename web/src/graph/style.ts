// The Cytoscape stylesheet, built from the palette.
import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { emphasisFontSize, labelFontSize } from './labels.js';
import { POLARITY_COLOR, TIE_COLOR, TIE_LOOK } from './palette.js';

/** A node's border, drawn centred on its edge: half of it lies outside the node's size (layouts space nodes by it). */
export const NODE_BORDER = 1.5;

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)', shape: 'data(shape)' as never, label: 'data(short)', 'font-size': (n: NodeSingular) => labelFontSize(n.data('size') as number), 'font-family': 'system-ui, sans-serif',
        color: '#1f2328', 'text-valign': 'bottom', 'text-margin-y': 1, 'text-outline-color': '#ffffff', 'text-outline-width': 2,
        // Labels are drawn only where declutter.ts found room (the "labelled" class).
        'text-opacity': 0, width: 'data(size)', height: 'data(size)', 'border-width': NODE_BORDER, 'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', width: 1.5, 'line-color': TIE_COLOR, 'target-arrow-color': TIE_COLOR, opacity: 0.85, 'arrow-scale': 0.8 },
    },
    {
      selector: 'edge[type = "SPOKE_ABOUT"]',
      style: { width: 'data(width)', 'target-arrow-shape': 'triangle', 'line-color': POLARITY_COLOR.neutral, 'target-arrow-color': POLARITY_COLOR.neutral },
    },
    ...Object.entries(POLARITY_COLOR).map(([polarity, color]) => ({
      selector: `edge[polarity = "${polarity}"]`,
      style: { 'line-color': color, 'target-arrow-color': color },
    })),
    ...Object.entries(TIE_LOOK).map(([type, look]) => ({
      selector: `edge[type = "${type}"]`,
      style: { 'line-style': look.dash.length ? 'dashed' : 'solid', 'line-dash-pattern': look.dash, 'target-arrow-shape': look.arrow as never, width: 1.2, opacity: 0.7 },
    })),
    { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' } },
    { selector: 'edge.fast:selected', style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' } },
    // A large graph's nodes carry no label text unless it is drawn: 2,000 hidden labels cost measuring each time.
    { selector: 'node.fast', style: { label: '' } },
    { selector: 'node.labelled, node.hover', style: { label: 'data(short)', 'text-opacity': 1 } },
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

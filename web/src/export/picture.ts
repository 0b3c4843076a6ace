// The graph as a picture a newsroom can publish: a title, the active filters, the date, a legend of what is
// drawn, and the sources credited, around the network as drawn on screen.
import type { Core } from 'cytoscape';
import { LEGEND_LINE, labelOffset, legendRows, type Caption, type LegendItem } from './caption.js';

const FONT = 'system-ui, sans-serif';

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the graph could not be drawn'));
    img.src = src;
  });
}

/** Wraps text to lines no wider than `width`. */
function lines(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) { out.push(line); line = word; } else line = next;
  }
  return line ? [...out, line] : out;
}

/** Each legend entry's line and x: a row that would run off the picture continues on the next line. */
function placeLegend(ctx: CanvasRenderingContext2D, rows: LegendItem[][], left: number, right: number, scale: number) {
  const placed: { item: LegendItem; x: number; line: number }[] = [];
  let line = 0;
  for (const items of rows) {
    let x = left;
    for (const item of items) {
      const w = labelOffset(item) * scale + ctx.measureText(item.label).width;
      if (x > left && x + w > right) { x = left; line += 1; }
      placed.push({ item, x, line });
      x += w + 18 * scale;
    }
    line += 1;
  }
  return { placed, lines: line };
}

/** `kinds`: the actor kinds drawn, for the legend. */
export async function newsroomPng(cy: Core, caption: Caption, kinds: ReadonlySet<string>): Promise<Blob> {
  const scale = 2;
  const graph = await loadImage(cy.png({ full: true, bg: '#ffffff', scale, maxWidth: 3200, maxHeight: 2400 }) as string);
  const width = Math.max(graph.width, 1400);
  const pad = 24 * scale;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = `${13 * scale}px ${FONT}`;
  const filterLines = lines(ctx, caption.filters, width - 2 * pad);
  const creditLines = lines(ctx, caption.credit, width - 2 * pad);
  const head = pad + 26 * scale + filterLines.length * 18 * scale + 10 * scale;
  const legend = placeLegend(ctx, legendRows(kinds), pad, width - pad, scale);
  const legendHeight = (legend.lines + 1) * 22 * scale;
  canvas.width = width;
  canvas.height = head + graph.height + legendHeight + creditLines.length * 18 * scale + pad;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#111827';
  ctx.font = `bold ${20 * scale}px ${FONT}`;
  ctx.fillText(caption.title, pad, pad + 18 * scale);
  ctx.font = `${13 * scale}px ${FONT}`;
  ctx.fillStyle = '#374151';
  filterLines.forEach((l, i) => ctx.fillText(l, pad, pad + 26 * scale + (i + 1) * 18 * scale));
  ctx.drawImage(graph, (width - graph.width) / 2, head);
  const top = head + graph.height + 22 * scale;
  for (const { item, x, line } of legend.placed) {
    const y = top + line * 22 * scale;
    if ('dot' in item) {
      ctx.fillStyle = item.dot; ctx.beginPath(); ctx.arc(x + 8 * scale, y - 5 * scale, 7 * scale, 0, 2 * Math.PI); ctx.fill();
    } else {
      ctx.strokeStyle = item.line; ctx.lineWidth = 3 * scale; ctx.setLineDash(item.dash.map((d) => d * scale));
      ctx.beginPath(); ctx.moveTo(x, y - 5 * scale); ctx.lineTo(x + LEGEND_LINE * scale, y - 5 * scale); ctx.stroke(); ctx.setLineDash([]);
    }
    ctx.fillStyle = '#111827';
    ctx.fillText(item.label, x + labelOffset(item) * scale, y);
  }
  const y = top + legend.lines * 22 * scale;
  ctx.fillStyle = '#4b5563';
  ctx.fillText(caption.date, width - pad - ctx.measureText(caption.date).width, pad + 18 * scale);
  creditLines.forEach((l, i) => ctx.fillText(l, pad, y + i * 18 * scale));
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be made'))), 'image/png'));
}

// Downloads of the current view: the graph as a captioned PNG or SVG, the visible elements as JSON, GraphML or GEXF,
// and the statements behind the visible edges as CSV.
import { api } from '../api/client.js';
import type { Statement } from '../api/types.js';
import type { GraphModel } from '../graph/model.js';
import type { Network } from '../graph/network.js';
import type { AppState } from '../state/state.js';
import { findStatements } from '../state/query.js';
import { formatDate } from '../ui/dom.js';
import { describeFilters, describeView } from './caption.js';
import { statementsCsv } from './csv.js';
import { gexf, graphml, type PlainEdge, type PlainNode } from './graph-formats.js';
import { newsroomPng } from './picture.js';
import { newsroomSvg } from './svg-picture.js';

const PAGE = 200;

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const stamp = () => new Date().toISOString().slice(0, 10);

/** The visible actors (at their places on the canvas) and connections, as Cytoscape JSON. */
export function visibleElementsJson(graph: GraphModel, positions: ReadonlyMap<string, { x: number; y: number }>): string {
  return JSON.stringify({
    nodes: graph.shownNodes().map((n) => ({ data: { id: n.id, label: n.label, kind: n.kind, said: n.said, spokenAbout: n.spokenAbout }, position: positions.get(n.id) })),
    edges: graph.shownEdges().map(({ key, ...data }) => ({ data })),
  }, null, 2);
}

function plainGraph(graph: GraphModel): { nodes: PlainNode[]; edges: PlainEdge[] } {
  return {
    nodes: graph.shownNodes().map((n) => ({ id: n.id, label: n.label, kind: n.kind, said: n.said, spokenAbout: n.spokenAbout })),
    edges: graph.shownEdges().map((e) => ({
      id: e.id, source: e.source, target: e.target, type: e.type, count: e.count ?? 1,
      polarity: e.polarity ?? '', firstDate: e.firstDate ?? e.since ?? '', lastDate: e.lastDate ?? e.until ?? '',
    })),
  };
}

async function credit(): Promise<string> {
  const sources = (await api.sources()).items;
  return `Made with stancegraph. Sources: ${sources.map((s) => `${s.title}${s.publisher ? ` (${s.publisher})` : ''}`).join('; ')}.`;
}

export const EXPORT_FORMATS = [
  { id: 'png', label: 'PNG', title: 'The graph as a picture, with title, legend, filters, date and sources' },
  { id: 'svg', label: 'SVG', title: 'The graph as an editable vector picture, with title, legend, filters, date and sources' },
  { id: 'csv', label: 'CSV', title: 'Statements behind the visible connections, with their date precision' },
  { id: 'json', label: 'JSON', title: 'Visible actors and connections, as Cytoscape JSON' },
  { id: 'graphml', label: 'GraphML', title: 'Visible actors and connections, for yEd, Gephi or Cytoscape' },
  { id: 'gexf', label: 'GEXF', title: 'Visible actors and connections, for Gephi' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** Downloads the current view in one format; returns what to tell the reader. The model says what is shown, the network where. */
export async function exportFile(format: ExportFormat, graph: GraphModel, network: Network, state: AppState): Promise<string> {
  const xml = (text: string) => new Blob([text], { type: 'application/xml' });
  const caption = async () => ({ title: describeView(state, (id) => graph.label(id)), filters: describeFilters(state), date: `Exported ${formatDate(stamp())}`, credit: await credit() });
  switch (format) {
    case 'png':
      download(`stancegraph-${stamp()}.png`, await newsroomPng(network.cy, await caption(), new Set(graph.shownNodes().map((n) => n.kind))));
      return 'Exported the graph as PNG, with its caption and legend.';
    case 'svg':
      download(`stancegraph-${stamp()}.svg`, new Blob([newsroomSvg(graph, network.nodePositions(), await caption())], { type: 'image/svg+xml' }));
      return 'Exported the graph as SVG, with its caption and legend.';
    case 'csv': return `Exported ${await exportCsv(graph, state)} statements as CSV.`;
    case 'json':
      download(`stancegraph-elements-${stamp()}.json`, new Blob([visibleElementsJson(graph, network.nodePositions())], { type: 'application/json' }));
      return 'Exported the visible elements as JSON.';
    case 'graphml': { const g = plainGraph(graph); download(`stancegraph-${stamp()}.graphml`, xml(graphml(g.nodes, g.edges))); return 'Exported the visible graph as GraphML.'; }
    case 'gexf': { const g = plainGraph(graph); download(`stancegraph-${stamp()}.gexf`, xml(gexf(g.nodes, g.edges, stamp()))); return 'Exported the visible graph as GEXF.'; }
  }
}

/** Every statement behind a visible statement edge, fetched with the same filters as the graph. */
export async function visibleStatements(graph: GraphModel, state: AppState): Promise<Statement[]> {
  const pairs = new Set(graph.shownEdges().filter((e) => e.type === 'SPOKE_ABOUT').map((e) => `${e.source}>${e.target}`));
  const out: Statement[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await findStatements(state, {}, offset, PAGE);
    out.push(...page.items.filter((s) => s.speakers.some((sp) => s.about.some((a) => pairs.has(`${sp.id}>${a.id}`)))));
    if (offset + PAGE >= page.total || !page.items.length) break;
  }
  return out;
}

export async function exportCsv(graph: GraphModel, state: AppState): Promise<number> {
  const statements = await visibleStatements(graph, state);
  download(`stancegraph-statements-${stamp()}.csv`, new Blob([statementsCsv(statements)], { type: 'text/csv;charset=utf-8' }));
  return statements.length;
}

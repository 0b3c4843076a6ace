// Downloads of the current view: the graph as a captioned PNG, the visible elements as JSON, GraphML or GEXF,
// and the statements behind the visible edges as CSV.
import type { Core } from 'cytoscape';
import { api } from '../api/client.js';
import type { Statement } from '../api/types.js';
import type { Network } from '../graph/network.js';
import { visible } from '../graph/visibility.js';
import type { AppState } from '../state/state.js';
import { findStatements } from '../state/query.js';
import { describeFilters, describeView } from './caption.js';
import { statementsCsv } from './csv.js';
import { gexf, graphml, type PlainEdge, type PlainNode } from './graph-formats.js';
import { newsroomPng } from './picture.js';

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

export function visibleElementsJson(cy: Core): string {
  const els = visible(cy);
  return JSON.stringify({
    nodes: els.nodes().map((n) => ({ data: { id: n.id(), label: n.data('label'), kind: n.data('kind'), said: n.data('said'), spokenAbout: n.data('spokenAbout') }, position: n.position() })),
    edges: els.edges().map((e) => {
      const { key, width, baseCount, basePolarity, placed, apiId, ...data } = e.data() as Record<string, unknown>;
      return { data: { ...data, id: apiId ?? data.id } };
    }),
  }, null, 2);
}

function plainGraph(cy: Core): { nodes: PlainNode[]; edges: PlainEdge[] } {
  const els = visible(cy);
  return {
    nodes: els.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind'), said: n.data('said') ?? 0, spokenAbout: n.data('spokenAbout') ?? 0 })),
    edges: els.edges().map((e) => ({
      id: e.data('apiId') ?? e.id(), source: e.data('source'), target: e.data('target'), type: e.data('type'), count: e.data('count') ?? 1,
      polarity: e.data('polarity') ?? '', firstDate: e.data('firstDate') ?? e.data('since') ?? '', lastDate: e.data('lastDate') ?? e.data('until') ?? '',
    })),
  };
}

async function credit(): Promise<string> {
  const sources = (await api.sources()).items;
  return `Made with stancegraph. Sources: ${sources.map((s) => `${s.title}${s.publisher ? ` (${s.publisher})` : ''}`).join('; ')}.`;
}

export const EXPORT_FORMATS = [
  { id: 'png', label: 'PNG', title: 'The graph as a picture, with title, legend, filters, date and sources' },
  { id: 'csv', label: 'CSV', title: 'Statements behind the visible connections, with their date precision' },
  { id: 'json', label: 'JSON', title: 'Visible actors and connections, as Cytoscape JSON' },
  { id: 'graphml', label: 'GraphML', title: 'Visible actors and connections, for yEd, Gephi or Cytoscape' },
  { id: 'gexf', label: 'GEXF', title: 'Visible actors and connections, for Gephi' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

/** Downloads the current view in one format; returns what to tell the reader. */
export async function exportFile(format: ExportFormat, network: Network, state: AppState): Promise<string> {
  const cy = network.cy;
  const xml = (text: string) => new Blob([text], { type: 'application/xml' });
  switch (format) {
    case 'png': {
      const caption = { title: describeView(state, (id) => cy.getElementById(id).data('label') as string | undefined), filters: describeFilters(state), date: `Exported ${stamp()}`, credit: await credit() };
      download(`stancegraph-${stamp()}.png`, await newsroomPng(cy, caption));
      return 'Exported the graph as PNG, with its caption and legend.';
    }
    case 'csv': return `Exported ${await exportCsv(network, state)} statements as CSV.`;
    case 'json':
      download(`stancegraph-elements-${stamp()}.json`, new Blob([visibleElementsJson(cy)], { type: 'application/json' }));
      return 'Exported the visible elements as JSON.';
    case 'graphml': { const g = plainGraph(cy); download(`stancegraph-${stamp()}.graphml`, xml(graphml(g.nodes, g.edges))); return 'Exported the visible graph as GraphML.'; }
    case 'gexf': { const g = plainGraph(cy); download(`stancegraph-${stamp()}.gexf`, xml(gexf(g.nodes, g.edges, stamp()))); return 'Exported the visible graph as GEXF.'; }
  }
}

/** Every statement behind a visible statement edge, fetched with the same filters as the graph. */
export async function visibleStatements(cy: Core, state: AppState): Promise<Statement[]> {
  const edges = visible(cy).edges('[type = "SPOKE_ABOUT"]');
  const pairs = new Set(edges.map((e) => `${e.source().id()}>${e.target().id()}`));
  const out: Statement[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await findStatements(state, {}, offset, PAGE);
    out.push(...page.items.filter((s) => s.speakers.some((sp) => s.about.some((a) => pairs.has(`${sp.id}>${a.id}`)))));
    if (offset + PAGE >= page.total || !page.items.length) break;
  }
  return out;
}

export async function exportCsv(network: Network, state: AppState): Promise<number> {
  const statements = await visibleStatements(network.cy, state);
  download(`stancegraph-statements-${stamp()}.csv`, new Blob([statementsCsv(statements)], { type: 'text/csv;charset=utf-8' }));
  return statements.length;
}

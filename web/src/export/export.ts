// Downloads: the graph as PNG, the visible elements as JSON, the statements behind the visible edges as CSV.
import type { Core } from 'cytoscape';
import type { Statement } from '../api/types.js';
import type { Network } from '../graph/network.js';
import { visible } from '../graph/visibility.js';
import type { AppState } from '../state/state.js';
import { findStatements } from '../state/query.js';
import { statementsCsv } from './csv.js';

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

export const exportPng = (network: Network) => download(`stancegraph-${stamp()}.png`, network.png());

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

export const exportJson = (network: Network) => download(`stancegraph-elements-${stamp()}.json`, new Blob([visibleElementsJson(network.cy)], { type: 'application/json' }));

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

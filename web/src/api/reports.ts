// Saved reports: the catalog and each report's text change only with the server, so they are kept; runs are
// kept per parameter set until a write (the table, the network and a sort all read the same answer).
import { api } from './client.js';
import { memo } from './memo.js';
import type { Elements, ReportDetail, ReportSummary, RunResult } from './types.js';

let catalog: Promise<ReportSummary[]> | null = null;
export function reportCatalog(): Promise<ReportSummary[]> {
  catalog ??= api.reports().then((r) => r.items);
  catalog.catch(() => { catalog = null; });
  return catalog;
}

export const reportDetail = (name: string): Promise<ReportDetail> => memo(`report:${name}`, () => api.report(name));

const runKey = (name: string, params: Record<string, string>) =>
  `run:${name}:${JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)))}`;

export const runReport = (name: string, params: Record<string, string>): Promise<RunResult> =>
  memo(runKey(name, params), () => api.runReport(name, params));

const NO_ELEMENTS: Elements = { nodes: [], edges: [], truncated: false };

/** The elements a graph report draws (none for a report without a graph). */
export const reportElements = async (name: string, params: Record<string, string>): Promise<Elements> =>
  (await runReport(name, params)).graph ?? NO_ELEMENTS;

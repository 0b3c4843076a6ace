// A report as the API describes it: its summary in the catalog, and its detail with its Cypher.
import type { z } from 'zod';
import type { ReportDetail, ReportSummary } from '../schemas/reports.js';
import type { Report } from './catalog.js';

export function reportSummary(r: Report): z.infer<typeof ReportSummary> {
  return {
    name: r.name, title: r.title, description: r.description, graph: r.graph,
    params: r.params.map((p) => ({ ...p, default: p.default ?? null })),
  };
}

export function reportDetail(r: Report): z.infer<typeof ReportDetail> {
  return { ...reportSummary(r), dialect: r.dialect, file: r.file, cypher: r.source };
}

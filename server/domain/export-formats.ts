// The formats the graph exports to, as plain values: the API's `format` parameter and the export
// command line's `--format` take these (server/io/export/formats.ts renders each).
export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cytoscape', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

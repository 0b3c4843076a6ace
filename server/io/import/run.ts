// One import, from the API or the command line: parse, check against the graph, then either report
// (dry run) or apply in one transaction with its audit Change.
import type { WriteSide } from '../../writes/plugin.js';
import type { WriteContext, WriteResult } from '../../writes/service.js';
import { assessImport, importPlan } from './assess.js';
import { parseCsvImport } from './csv.js';
import { decodeText } from './decode.js';
import { parseJsonImport, parseJsonText } from './json.js';
import { unreadableFile, type ImportFormat, type ParsedImport } from './parsed.js';

/** CSV content comes as bytes in `charset` (UTF-8 when not declared); JSON as text or parsed. */
export interface ImportInput { format: ImportFormat; content: unknown; name: string; charset?: string }

export function parseImport(side: WriteSide, { format, content, charset }: ImportInput): Promise<ParsedImport> {
  if (format === 'csv') {
    const decoded = content instanceof Uint8Array ? decodeText(content, charset) : { ok: true as const, text: String(content) };
    if (!decoded.ok) return Promise.resolve(unreadableFile(format, decoded.message));
    return parseCsvImport(decoded.text, side.records.sourcesByUrl);
  }
  return Promise.resolve(typeof content === 'string' ? parseJsonText(content) : parseJsonImport(content));
}

export interface ImportOptions {
  dryRun: boolean; reason: string | null; context: WriteContext;
  /** Aborted when the client has gone: the import stops at the last moment before it writes, never after. */
  signal?: AbortSignal;
}

export async function runImport(side: WriteSide, input: ImportInput, options: ImportOptions): Promise<WriteResult> {
  if (options.dryRun) {
    const { report } = await assessImport(side.records, await parseImport(side, input));
    return { action: 'import', body: report, replayed: false, changeId: '' };
  }
  return side.service.run(options.context, async () => {
    const plan = importPlan(await assessImport(side.records, await parseImport(side, input)), input.name, options.reason);
    options.signal?.throwIfAborted();
    return plan;
  });
}

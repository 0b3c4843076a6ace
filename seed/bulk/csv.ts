// CSV for LadybugDB's COPY FROM. A value is quoted only when it has to be (a comma, quote or line break in
// it, a leading byte-order mark, or empty): the engine parses quoted fields several times slower than bare
// ones, and keeps bare ones exactly as written. Null is an empty bare field. A list is written `[a,b]`
// (see plainList). The copy names the delimiter and quote (copyOptions), or the engine would guess them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const MUST_QUOTE = /^\uFEFF|[",\r\n]/;
const LINE_BREAK = /[\r\n]/;
const LIST_SYNTAX = /["'[\]{},\\\t\n\v\f\r]/;

/**
 * Whether 0.19.1 reads the list back from `[a,b]` exactly: it trims items and gives quotes, brackets,
 * braces and commas a meaning (a quoted item keeps its quotes), so only items free of them qualify.
 */
const plainList = (list: unknown[]) => list.every((item) => typeof item === 'string' && item !== '' && item === item.trim() && !LIST_SYNTAX.test(item));

/** The COPY options that read these files; line breaks in values need the serial reader. */
export const copyOptions = (multiline: boolean) => `header=false, delim=',', quote='"', escape='"', parallel=${multiline ? 'false' : 'true'}`;

/**
 * Writes one line per row (the fields' values in order) and tells whether any value holds a line break
 * (LadybugDB then reads the file serially); or stops and answers null at a list that is not plain.
 */
export async function writeCsv(file: string, rows: Iterable<Record<string, unknown>>, fields: string[]): Promise<{ multiline: boolean } | null> {
  let multiline = false;
  let plain = true;
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    let s: string;
    if (Array.isArray(v)) {
      plain &&= plainList(v);
      s = `[${v.join(',')}]`;
    } else s = String(v);
    if (s !== '' && !MUST_QUOTE.test(s)) return s;
    if (LINE_BREAK.test(s)) multiline = true;
    return `"${s.replace(/"/g, '""')}"`;
  };
  const out = createWriteStream(file);
  let buffer = '';
  for (const row of rows) {
    let line = cell(row[fields[0]!]);
    for (let i = 1; i < fields.length; i++) line += `,${cell(row[fields[i]!])}`;
    if (!plain) break;
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      const flowing = out.write(buffer);
      buffer = '';
      if (!flowing) await once(out, 'drain');
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return plain ? { multiline } : null;
}

// CSV for LadybugDB's COPY FROM: every string quoted, quotes doubled, null as an empty unquoted field.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const cell = (v: unknown) => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);

/** Writes the rows and tells whether any value holds a line break (LadybugDB then reads the file serially). */
export async function writeCsv(file: string, rows: Iterable<unknown[]>): Promise<{ multiline: boolean }> {
  const out = createWriteStream(file);
  let multiline = false;
  let buffer = '';
  for (const values of rows) {
    const line = values.map(cell).join(',');
    if (!multiline && /[\r\n]/.test(line)) multiline = true;
    buffer += `${line}\n`;
    if (buffer.length > 1 << 20) {
      const flowing = out.write(buffer);
      buffer = '';
      if (!flowing) await once(out, 'drain');
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { multiline };
}

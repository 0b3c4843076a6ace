// The seed format as one JSON text, written a page of records at a time: byte for byte what
// JSON.stringify(canonical dataset, null, 1) gives, so the export imports back unchanged.
import { RECORD_KINDS, SECTION } from '../../records/kinds.js';
import type { RecordPages } from './pages.js';
import { separator } from './separator.js';

/** A record as it sits in its section's list: one level of indentation in, two spaces. */
const indented = (record: object) => JSON.stringify(record, null, 1).replace(/^/gm, '  ');

export async function* seedJson(source: RecordPages): AsyncGenerator<string> {
  yield '{';
  const section = separator(',');
  for (const kind of RECORD_KINDS) {
    const record = separator(',');
    let empty = true;
    yield `${section()}\n ${JSON.stringify(SECTION[kind])}: [`;
    for await (const page of source.pages(kind)) {
      empty &&= page.length === 0;
      yield page.map((r) => `${record()}\n${indented(r)}`).join('');
    }
    yield empty ? ']' : '\n ]';
  }
  yield '\n}\n';
}

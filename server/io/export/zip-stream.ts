// Files into a zip as they are written, with fflate's streaming Zip: each file is deflated a chunk at a
// time and the zip's bytes are handed on as they come, so neither the files nor the zip are ever whole
// in memory. (A streamed zip writes each entry's sizes after its data, where zipSync wrote them before:
// the files inside are the same bytes, the container is not.)
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { ExportFile } from './formats.js';

export async function* zipped(files: readonly ExportFile[], folder: string): AsyncGenerator<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else ready.push(data);
  });
  // Deflating is synchronous: whatever a push produced is ready when it returns.
  function* take() {
    if (failure) throw failure;
    yield* ready.splice(0);
  }
  for (const file of files) {
    const entry = new ZipDeflate(`${folder}${file.name}`, { level: 6 });
    zip.add(entry);
    for await (const text of file.text()) {
      entry.push(strToU8(text));
      yield* take();
    }
    entry.push(new Uint8Array(0), true);
    yield* take();
  }
  zip.end();
  yield* take();
}

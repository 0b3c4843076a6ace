// CSV arrives as bytes: read as UTF-8 unless the sender declares another charset, and refused, never
// guessed, when the bytes are not in that encoding (a Latin-1 file read as UTF-8 was stored with
// replacement characters in place of every accented letter).

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export function decodeText(bytes: Uint8Array, charset = 'utf-8'): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { ok: false, message: `the charset "${charset}" is not one this server can read; send UTF-8, or declare a charset such as iso-8859-1 or windows-1252` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const lossy = new TextDecoder(charset).decode(bytes);
    const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
    return {
      ok: false,
      message: `is not ${decoder.encoding.toUpperCase()}: line ${line} holds bytes that are not (a Latin-1 or Windows-1252 file is, for example); save the file as UTF-8, or declare its charset (Content-Type: text/csv; charset=windows-1252)`,
    };
  }
}

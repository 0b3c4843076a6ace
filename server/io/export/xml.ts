// XML text: escaped attribute and element content, with characters XML 1.0 forbids removed.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const esc = (v: string) => v.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** `name="value"` pairs, skipping null values. */
export const attrs = (pairs: Record<string, string | null | undefined>) =>
  Object.entries(pairs).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => ` ${k}="${esc(v!)}"`).join('');

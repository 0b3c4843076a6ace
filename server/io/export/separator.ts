// A list written a page at a time still needs its separator between elements, not before the first:
// each call answers the text to put before the next element.
export function separator(between: string): () => string {
  let first = true;
  return () => {
    if (!first) return between;
    first = false;
    return '';
  };
}

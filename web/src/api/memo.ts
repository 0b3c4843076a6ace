// Answers kept for the page's life, so redrawing (moving a brush, sorting a table, switching views) does not
// refetch. A write forgets them all: any answer may have changed.
const kept = new Map<string, Promise<unknown>>();

export function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = kept.get(key) as Promise<T> | undefined;
  if (!hit) {
    const loading = load();
    loading.catch(() => { if (kept.get(key) === loading) kept.delete(key); });
    kept.set(key, loading);
    hit = loading;
  }
  return hit;
}

export const forgetAnswers = () => kept.clear();

// Paging for the short lists that are read whole from the store.

export function pageOf<T>(all: T[], limit: number, offset: number) {
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

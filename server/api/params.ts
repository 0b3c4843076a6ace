// Query parameters as the repositories' Cypher takes them.

/** Date-range parameters as the queries take them: $anyDate means no range was asked for. */
export function dateRange(from?: string, to?: string) {
  return { anyDate: from === undefined && to === undefined, from: from ?? '0001-01-01', to: to ?? '9999-12-31' };
}

/** As-of parameters as the queries take them. */
export function asOfParams(asOf?: string) {
  return { useAsOf: asOf !== undefined, asOf: asOf ?? '0001-01-01' };
}

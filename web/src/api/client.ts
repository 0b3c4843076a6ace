// Typed fetchers for the API. Every failure becomes an ApiError carrying the problem+json detail.
import type {
  ActorDetail, ActorPage, ChangePage, Contradiction, Elements, FieldProblem, PairView, PositionDetail, PositionSummary, Problem,
  ReportDetail, ReportSummary, RunResult, SourceSummary, Statement, StatementPage, Timeline,
} from './types.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly title: string, detail: string, readonly errors: FieldProblem[] = []) {
    super(detail);
    this.name = 'ApiError';
  }
  /** True when the server or its database is not answering, so retrying later may help. */
  get unavailable(): boolean { return this.status === 0 || this.status >= 502; }
}

type QueryValue = string | number | boolean | undefined | null | readonly string[];
export type Query = Record<string, QueryValue>;

export function queryString(query: Query): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => p.append(key, v));
    else p.set(key, String(value));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface RequestOptions { method?: string; query?: Query; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal }

/** One API call: JSON in and out; a failure is an ApiError with the problem's detail and field messages. */
export async function request<T>(path: string, { method = 'GET', query = {}, body, headers = {}, signal }: RequestOptions = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}${queryString(query)}`, {
      method, signal,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'Network error', 'The server is not answering. Check that it is running, then retry.');
  }
  if (res.ok) return (await res.json()) as T;
  let problem: Partial<Problem> = {};
  try { problem = (await res.json()) as Problem; } catch { /* not JSON: keep the status line */ }
  throw new ApiError(res.status, problem.title ?? res.statusText, problem.detail ?? `The server answered ${res.status}.`, problem.errors ?? []);
}

export const getJson = <T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> => request<T>(path, { query, signal });

export interface StatementQuery extends Query {
  speaker?: readonly string[]; about?: readonly string[]; stance?: readonly string[];
  position?: string; source?: string; from?: string; to?: string; q?: string; limit?: number; offset?: number;
}
export interface GraphQuery extends Query { include?: string; asOf?: string; stance?: string; from?: string; to?: string }

export const api = {
  health: () => getJson<{ status: string; backend: string; counts: Record<string, number> }>('/health'),
  actors: (q: string, limit = 8, signal?: AbortSignal) => getJson<ActorPage>('/actors', { q, limit }, signal),
  actor: (id: string, asOf?: string) => getJson<ActorDetail>(`/actors/${encodeURIComponent(id)}`, { asOf }),
  statements: (query: StatementQuery, signal?: AbortSignal) => getJson<StatementPage>('/statements', query, signal),
  statement: (id: string) => getJson<Statement>(`/statements/${encodeURIComponent(id)}`),
  positions: () => getJson<PositionSummary[] | { items: PositionSummary[] }>('/positions'),
  position: (id: string) => getJson<PositionDetail>(`/positions/${encodeURIComponent(id)}`),
  contradictions: (position?: string) => getJson<Contradiction[] | { items: Contradiction[] }>('/contradictions', { position }),
  overview: (query: GraphQuery) => getJson<Elements>('/graph/overview', query),
  neighborhood: (query: GraphQuery & { id: string; depth?: number; limit?: number }) => getJson<Elements>('/graph/neighborhood', query),
  path: (from: string, to: string, maxHops?: number, asOf?: string) => getJson<Elements>('/graph/path', { from, to, maxHops, asOf, statementIds: true }),
  timeline: (query: { from?: string; to?: string; actor?: string }) => getJson<Timeline>('/timeline', query),
  pair: (a: string, b: string) => getJson<PairView>('/pairs', { a, b }),
  sources: () => getJson<{ items: SourceSummary[] }>('/sources', { limit: 200 }),
  changes: (actor: string, limit = 20) => getJson<ChangePage>('/changes', { actor, limit }),
  reports: () => getJson<{ items: ReportSummary[] }>('/reports'),
  report: (name: string) => getJson<ReportDetail>(`/reports/${encodeURIComponent(name)}`),
  /** A run by GET, with the parameters as the page's URL holds them (empty ones take their defaults). */
  runReport: (name: string, params: Record<string, string>) => getJson<RunResult>(`/reports/${encodeURIComponent(name)}/run`, params),
};

/** Lists may arrive bare or as a page; either way, the items. */
export const itemsOf = <T>(list: T[] | { items: T[] }): T[] => (Array.isArray(list) ? list : list.items);

// The fixed list of API requests the cross-engine comparison sends to an app on each engine: every read
// endpoint, a range of parameters, every saved report with its defaults and with other parameters, and every
// export format. Drawn from the seed data, in a fixed order, so the list is the same on every run.
import type { Dataset } from '../../server/domain/dataset.js';
import type { Statement } from '../../server/domain/records.js';
import { EXPORT_FORMATS } from '../../server/domain/export-formats.js';

/** Each report with its defaults (required parameters filled in), and other parameter sets. */
export const REPORT_CASES: [string, Record<string, unknown>][] = [
  ['statements-about', { target: 'azerbaijan' }], ['statements-about', { target: 'russia', from: '2023-09-20', to: '2023-09-21', undated: false }],
  ['statements-by', { speaker: 'russia' }], ['statements-by', { speaker: 'azerbaijan', stance: 'states', undated: false, limit: 3 }],
  ['said-about', { speaker: 'russia', target: 'azerbaijan' }], ['said-about', { speaker: 'russia', target: 'azerbaijan', viaOffice: true }],
  ['said-about', { speaker: 'nikol-pashinyan', target: 'azerbaijan' }],
  ['stance-matrix', {}], ['stance-matrix', { speakerKind: 'person', targetKind: 'state', minStatements: 2 }],
  ['contradictions', {}], ['contradictions', { position: 'ethnic-cleansing' }],
  ['bloc-reactions', { bloc: 'csto', target: 'azerbaijan' }], ['bloc-reactions', { bloc: 'european-union', target: 'azerbaijan', depth: 1 }],
  ['silent-allies', { actor: 'russia', target: 'azerbaijan' }], ['silent-allies', { actor: 'armenia', target: 'karabakh-armenians', viaOffice: false }],
  ['tie-network', { actor: 'csto' }], ['tie-network', { actor: 'armenia', depth: 1 }],
  ['connection', { from: 'csto', to: 'turkey' }], ['connection', { from: 'armenia', to: 'azerbaijan', maxHops: 2 }],
  ['timeline', {}], ['timeline', { from: '2023-09-19', to: '2023-09-21', actor: 'russia' }],
  ['most-vocal', {}], ['most-vocal', { kind: 'person', from: '2023-09-19', to: '2023-09-25', undated: false, limit: 5 }],
  ['most-targeted', {}], ['most-targeted', { kind: 'person', undated: false, limit: 10 }],
  ['position-sides', {}], ['position-sides', { position: 'peacekeepers-told-in-advance' }],
  ['escalation', {}], ['escalation', { target: 'azerbaijan', from: '2023-09-19', to: '2023-10-10', includeCritical: true }],
  ['source-coverage', {}], ['source-coverage', { maxSources: 2, speaker: 'azerbaijan' }], ['source-coverage', { maxSources: 2 }],
  ['first-hostile', {}], ['first-hostile', { speaker: 'dmitry-medvedev' }],
  ['stance-reversals', {}], ['stance-reversals', { includeCritical: true }],
];


export interface ApiRequest { method: 'GET' | 'POST'; url: string; body?: unknown }

/** Every n-th item, so a sample spreads over the whole sorted list. */
const spread = <T>(items: T[], count: number): T[] => {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
};

const query = (params: Record<string, unknown>) => new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export function comparisonRequests(data: Dataset): ApiRequest[] {
  const get = (url: string): ApiRequest => ({ method: 'GET', url });
  const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  const actors = byId(data.actors);
  const speakers = [...new Set(data.statements.map((s) => s.speaker))].sort();
  const named = spread(actors, 40).map((a) => a.id);
  const pairs = spread(speakers, 12).map((a, i, all) => [a, all[(i + 5) % all.length]!] as const);
  const dated = data.statements.filter((s) => s.date !== null).map((s) => s.date!).sort();

  return [
    // Whole lists, with their paging and filters.
    ...['', '?limit=5', '?limit=5&offset=5', '?q=aliyev', '?q=erdogan', '?q=pashinian', '?kind=person', '?kind=state&limit=100', '?q=zzzz-nothing'].map((q) => get(`/api/actors${q}`)),
    ...['', '?limit=20', '?limit=20&offset=40', '?stance=condemns', '?stance=threatens', '?q=ceasefire', '?q=peacekeepers',
      `?from=${dated[0]}&to=${dated[Math.floor(dated.length / 2)]}`, '?from=2023-09-19&to=2023-09-20', `?source=${data.sources[0]!.id}`,
      `?position=${byId(data.positions)[0]!.id}`, '?speaker=russia&about=azerbaijan', '?speaker=azerbaijan&speaker=armenia'].map((q) => get(`/api/statements${q}`)),
    ...['/api/positions', '/api/contradictions', '/api/events', '/api/sources', '/api/graph/overview', '/api/graph/overview?statementIds=true',
      '/api/timeline', '/api/timeline?from=2023-09-19&to=2023-09-25', '/api/timeline?actor=russia', '/api/reports', '/api/changes'].map(get),
    ...byId(data.positions).flatMap((p) => [get(`/api/positions/${p.id}`), get(`/api/contradictions?position=${p.id}`)]),
    ...byId(data.sources).flatMap((s) => [get(`/api/sources/${s.id}`), get(`/api/sources/${s.id}/text`)]),
    get('/api/source-documents'),
    // Search as people type: typos, other scripts.
    ...['Medvedew', 'Алиев', 'Путин', 'pashinian', 'erdogn'].map((q) => get(`/api/actors?q=${encodeURIComponent(q)}`)),
    ...spread(byId(data.statements), 25).map((s) => get(`/api/statements/${s.id}`)),
    // A statement of each shape, whole: several speakers, relayed, taking positions, cited more than once.
    ...[(s: Statement) => s.speakers.length > 1, (s: Statement) => s.relayedBy !== null, (s: Statement) => s.positions.length > 0, (s: Statement) => s.sources.length > 1]
      .map((has) => byId(data.statements).find(has)!).map((s) => get(`/api/statements/${s.id}`)),
    // Per actor: the actor, what it said and what was said of it, its neighbourhood.
    ...named.flatMap((id) => [
      get(`/api/actors/${id}`), get(`/api/statements?speaker=${id}`), get(`/api/statements?about=${id}`),
      get(`/api/graph/neighborhood?id=${id}&depth=1`),
    ]),
    ...named.slice(0, 12).map((id) => get(`/api/graph/neighborhood?id=${id}&depth=2&statementIds=true`)),
    ...named.slice(0, 4).map((id) => get(`/api/actors/${id}?asOf=2020-01-01`)),
    ...pairs.flatMap(([a, b]) => [get(`/api/graph/path?from=${a}&to=${b}`), get(`/api/pairs?a=${a}&b=${b}`)]),
    get('/api/graph/path?from=armenia&to=azerbaijan&maxHops=1'),
    // Not found and bad input answer alike too.
    ...['/api/actors/no-such-actor', '/api/statements/no-such-statement', '/api/graph/neighborhood?id=no-such-actor', '/api/statements?stance=nonsense', '/api/graph/path?from=russia'].map(get),
    // Every saved report, by POST and by shareable GET.
    ...REPORT_CASES.map(([name, params]): ApiRequest => ({ method: 'POST', url: `/api/reports/${name}/run`, body: { params } })),
    ...REPORT_CASES.filter((_, i) => i % 2 === 0).map(([name, params]) => get(`/api/reports/${name}/run?${query(params)}`)),
    // Every export format, whole and in part.
    ...EXPORT_FORMATS.flatMap((format) => [get(`/api/export?format=${format}`), get(`/api/export?format=${format}&actor=russia&depth=1`)]),
    get('/api/export?format=json&speaker=azerbaijan&stance=condemns'),
  ];
}

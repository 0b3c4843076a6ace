// The reports view's part of the URL: ?report=name&p.<param>=value&run=1&sort=-column&cypher=1&rgraph=1.
import { emptyReport, type ReportState } from './state.js';

const PARAM = 'p.';
const NAME = /^[a-z][a-z0-9-]*$/;

export function reportFromQuery(p: URLSearchParams): ReportState {
  const name = p.get('report') ?? '';
  if (!NAME.test(name)) return emptyReport();
  const params = Object.fromEntries([...p.entries()]
    .filter(([k]) => k.startsWith(PARAM) && k.length > PARAM.length)
    .map(([k, v]) => [k.slice(PARAM.length), v]));
  return { name, params, run: p.get('run') === '1', sort: p.get('sort') ?? '', cypher: p.get('cypher') === '1', graph: p.get('rgraph') === '1' };
}

export function reportEntries(r: ReportState): [string, string][] {
  if (!r.name) return [];
  return [
    ['report', r.name], ...Object.entries(r.params).map(([k, v]): [string, string] => [`${PARAM}${k}`, v]),
    ['run', r.run ? '1' : ''], ['sort', r.sort], ['cypher', r.cypher ? '1' : ''], ['rgraph', r.graph ? '1' : ''],
  ];
}

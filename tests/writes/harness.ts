// Shared by the write tests: an app with one token per role, requests with a token, and a snapshot of
// the graph (counts per label and type, and the content checksum) to prove a write changed nothing.
import type { FastifyInstance } from 'fastify';
import { dateRange } from '../../server/api/params.js';
import { createStatementRepo } from '../../server/api/statements-repo.js';
import { countNodes } from '../../server/store/load-dataset.js';
import { tokenEntry } from '../../server/auth/tokens.js';
import type { Dataset } from '../../server/domain/dataset.js';
import { linksText, statementLinksText } from '../../server/domain/statement-links.js';
import { checksum } from '../../server/records/canonical.js';
import { NODE_KINDS, RECORD_KINDS, SECTION, emptyDataset, type AnyRecord } from '../../server/records/kinds.js';
import { createRecordReader } from '../../server/records/read.js';
import type { GraphStore } from '../../server/store/store.js';
import { seededApp } from '../helpers/app.js';
import { pairLines, stanceLines, unfoldedPairs } from '../helpers/spoke-pairs.js';
import { FIXTURE } from '../helpers/stores.js';

export const TOKENS = { reader: 'reader-secret-token', editor: 'editor-secret-token', admin: 'admin-secret-token' } as const;
export type Who = keyof typeof TOKENS | 'none' | 'wrong';

export const API_TOKENS = Object.entries(TOKENS).map(([role, token]) => tokenEntry(`${role}-user`, role as keyof typeof TOKENS, token)).join(',');

export function writableApp(env: Record<string, string> = {}, files = [FIXTURE]) {
  return seededApp({ API_TOKENS, ...env }, files);
}

export interface Sent { status: number; body: any; headers: Record<string, unknown>; trailers: Record<string, string> }

export async function send(app: FastifyInstance, who: Who, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Sent> {
  const auth = who === 'none' ? {} : { authorization: `Bearer ${who === 'wrong' ? 'not-a-token' : TOKENS[who]}` };
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const type = body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/csv' : 'application/json' };
  const res = await app.inject({ method: method as 'GET', url, payload, headers: { ...auth, ...type, ...headers } });
  let parsed: unknown = res.body;
  try { parsed = JSON.parse(res.body); } catch { /* not JSON */ }
  return { status: res.statusCode, body: parsed, headers: res.headers, trailers: res.trailers };
}

/** The whole graph as one dataset, read whole (no paging): what the tests compare exports and writes with. */
export async function wholeDataset(store: GraphStore): Promise<Dataset> {
  const reader = createRecordReader(store);
  const kinds = await reader.kinds();
  const d = emptyDataset();
  for (const kind of NODE_KINDS) (d[SECTION[kind]] as AnyRecord[]) = await reader.byIds(kind, [...kinds].filter(([, k]) => k === kind).map(([id]) => id));
  d.ties = await reader.ties({ every: true });
  return d;
}

/** Everything a write could change: node counts, relationship counts, records per section, the content checksum. */
export async function snapshot(store: GraphStore) {
  const data = await wholeDataset(store);
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [SECTION[k], data[SECTION[k]].length]));
  const rels = Object.fromEntries((await store.read('count-relationships-by-type')).map((r) => [String(r.type), Number(r.n)]));
  return { nodes: await countNodes(store), rels, records, checksum: checksum(data) };
}

const anyDate = dateRange();

/**
 * The derived "spoke about" relationships, as the graph holds them and as its statements say they should
 * be: a line per speaker, actor spoken about and stance (spoke-edges), then a line per pair as the network
 * views read them (spoke-edges-among over every actor: on Neo4j the relationships folded per pair).
 */
export async function derivedAndStatements(store: GraphStore) {
  const everyone = (await store.read('all-actors')).map((r) => String(r.id));
  const fromStatements = await store.read('spoke-pairs', { stances: [], ...anyDate });
  return {
    derived: [...stanceLines(await store.read('spoke-edges', { stances: [] })), ...pairLines(unfoldedPairs(await store.read('spoke-edges-among', { ids: everyone, stances: [] })))],
    statements: [...stanceLines(fromStatements), ...pairLines(fromStatements)],
  };
}

/**
 * Each statement's links as the repository gives it whole (on LadybugDB from the links text kept on the
 * statement) and as its relationships say (its record), both as links text.
 */
export async function wholeAndRecordLinks(store: GraphStore) {
  const records = (await wholeDataset(store)).statements;
  const whole = await createStatementRepo(store).byIds(records.map((s) => s.id));
  return {
    whole: whole.map((s) => `${s.id} ${linksText({
      speakers: s.speakers.map((a) => a.id), relayedBy: s.relayedBy?.id ?? null,
      about: s.about.map((a) => ({ target: a.id, stance: a.stance })),
      positions: s.positions.map((p) => ({ position: p.id, stance: p.stance, figure: p.figure })),
      sources: s.sources.map((c) => ({ source: c.id, excerpt: c.excerpt })),
    })}`),
    records: records.map((s) => `${s.id} ${statementLinksText(s)}`),
  };
}

/**
 * Each speaker's statements about each actor it speaks about, as the repository pages them (on Neo4j from
 * the derived relationships' statement keys) and as the general query finds them.
 */
export async function pairPages(store: GraphStore) {
  const repo = createStatementRepo(store);
  const rows = [...await store.read('spoke-edges', { stances: [] }), ...await store.read('spoke-pairs', { stances: [], ...anyDate })];
  const pairs = [...new Set(rows.map((r) => `${r.source} ${r.target}`))].sort().map((p) => p.split(' ') as [string, string]);
  const page = async (f: { speakers: string[]; about: string[] }) => {
    const { items, total } = await repo.find(f, 1000, 0);
    return `${total}: ${items.map((s) => s.id).join(' ')}`;
  };
  const general = async (f: { speakers: string[]; about: string[] }) => {
    const found = await store.read('find-statements', { ...f, involving: [], stances: [], position: '', source: '', q: '', ...anyDate, limit: 1000, offset: 0 });
    return `${found.length}: ${found.map((r) => r.id).join(' ')}`;
  };
  const paged = await Promise.all(pairs.map(([s, t]) => page({ speakers: [s], about: [t] })));
  const found = await Promise.all(pairs.map(([s, t]) => general({ speakers: [s], about: [t] })));
  return { paged: Object.fromEntries(pairs.map((p, i) => [p.join(' '), paged[i]])), found: Object.fromEntries(pairs.map((p, i) => [p.join(' '), found[i]])) };
}

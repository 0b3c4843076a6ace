// Shared setup for the saved-report tests: a seeded database of the engine under test, an app
// over it with a chosen configuration, and a snapshot of the graph to show that nothing changed.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { GraphStore } from '../../server/store/store.js';
import { readDataset, seedFiles, type Dataset } from '../../server/domain/dataset.js';
import { countNodes, loadDataset } from '../../server/store/load-dataset.js';
import { freshStore } from '../helpers/engine.js';
import { facts, type Facts } from './seed-facts.js';

export const SEED_DIR = path.resolve('seed/data');

export async function seedDataset(): Promise<Dataset> {
  return readDataset(await seedFiles(SEED_DIR));
}

export interface Seeded { dir: string; store: GraphStore; data: Dataset; cleanup(): Promise<void> }

/** A fresh database of the engine under test holding the seed data. */
export async function seededStore(queryTimeoutMs = 10_000): Promise<Seeded> {
  const { store, dataDir, cleanup } = await freshStore({ queryTimeoutMs, prefix: 'stancegraph-reports-' });
  const data = await seedDataset();
  await loadDataset(store, data);
  return { dir: dataDir, store, data, cleanup };
}

/** The app over a store, with configuration on top of the test defaults (e.g. QUERY_ROW_CAP). */
export function appOver(seeded: Seeded, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const config = loadConfig({ ...process.env, DATA_DIR: seeded.dir, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000', ...env });
  return buildApp({ config, store: seeded.store });
}

export interface SeededApp { seeded: Seeded; app: FastifyInstance; data: Dataset; f: Facts }

/** Registers hooks that give the file's tests a seeded database, an app over it and the seed facts. */
export function useSeededApp(env: Record<string, string> = {}): SeededApp {
  const ctx = {} as SeededApp;
  beforeAll(async () => {
    ctx.seeded = await seededStore();
    ctx.app = await appOver(ctx.seeded, env);
    ctx.data = ctx.seeded.data;
    ctx.f = facts(ctx.data);
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.seeded?.cleanup();
  });
  return ctx;
}

/** Every node and relationship count, and every actor's name: what a write would change. */
export async function snapshot(store: GraphStore): Promise<unknown> {
  const rels = await store.read('count-relationships-by-type');
  const names = await store.read('all-actors');
  return {
    nodes: await countNodes(store),
    relationships: Object.fromEntries(rels.map((r) => [String(r.type), Number(r.n)])),
    actors: names.map((a) => `${a.id}=${a.name}`).sort(),
  };
}

export interface RunBody {
  columns: string[];
  rows: Record<string, unknown>[];
  graph?: { nodes: { data: { id: string; label: string; kind: string } }[]; edges: { data: Record<string, unknown> & { source: string; target: string; type: string } }[]; truncated: boolean };
  meta: { ms: number; rowCount: number; truncated: boolean; backend: string };
}

/** Runs a report through the API (POST); returns the status and the parsed body. */
export async function runReport(app: FastifyInstance, name: string, params: Record<string, unknown> = {}) {
  const res = await app.inject({ method: 'POST', url: `/api/reports/${name}/run`, payload: { params } });
  return { status: res.statusCode, body: res.json() as RunBody };
}

/** The rows as sorted "a|b|c" lines over the given columns: for comparing results as sets. */
export function lines(rows: Record<string, unknown>[], columns: string[]): string[] {
  return rows.map((r) => columns.map((c) => cell(r[c])).join('|')).sort();
}

function cell(v: unknown): string {
  if (Array.isArray(v)) return [...v].map(String).sort().join(',');
  return v === null || v === undefined ? '' : String(v);
}

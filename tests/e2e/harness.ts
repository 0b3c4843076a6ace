// End-to-end harness: builds the web bundle (once, across test processes), starts the real server on a fresh
// seeded database of the engine under test, and drives Debian's Chromium with playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { GraphStore } from '../../server/store/store.js';
import { readDataset, seedFiles } from '../../server/domain/dataset.js';
import { loadDataset } from '../../server/store/load-dataset.js';
import { freshStore } from '../helpers/engine.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');
const WEB = path.join(ROOT, 'web');
const DIST_INDEX = path.join(ROOT, 'dist/web/index.html');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const launchChromium = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

const newest = (dir: string): number => readdirSync(dir, { withFileTypes: true })
  .reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs), 0);

/** Builds dist/web when it is missing or older than web/; a lock folder keeps parallel test files from building twice. */
export async function ensureWebBuilt(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const lock = path.join(ARTIFACTS, '.build-lock');
  for (let waited = 0; ; waited += 250) {
    try { mkdirSync(lock); break; } catch {
      if (waited > 240_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs > newest(WEB)) return;
    const run = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`web build failed:\n${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Harness {
  url: string;
  app: FastifyInstance;
  store: GraphStore;
  browser: Browser;
  page(viewport?: { width: number; height: number }): Promise<Page>;
  api<T>(pathAndQuery: string): Promise<T>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** `env` adds configuration, e.g. API_TOKENS for the editing tests. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  await ensureWebBuilt();
  const { store, dataDir, cleanup } = await freshStore({ prefix: 'stancegraph-e2e-' });
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000', ...env });
  await loadDataset(store, await readDataset(await seedFiles(path.join(ROOT, 'seed/data'))));
  const app = await buildApp({ config, store });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const pages: Page[] = [];
  return {
    url: address, app, store, browser,
    async page(viewport = { width: 1280, height: 800 }) {
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
      pages.push(page);
      return page;
    },
    async api<T>(pathAndQuery: string) {
      const res = await fetch(`${address}/api${pathAndQuery}`);
      if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status}`);
      return (await res.json()) as T;
    },
    async shot(page, name) { await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) }); },
    async close() {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      await browser.close();
      await app.close().catch(() => undefined);
      await cleanup().catch(() => undefined);
    },
  };
}

/** One server and one page for a test file: started before its tests, closed after them. */
export function harnessForFile(env: Record<string, string> = {}): { h: Harness; page: Page } {
  const t = {} as { h: Harness; page: Page };
  beforeAll(async () => {
    t.h = await startHarness(env);
    t.page = await t.h.page();
  });
  afterAll(async () => { await t.h?.close(); });
  return t;
}

/** Waits until the network has drawn (the summary carries the loaded node count). */
export async function waitForGraph(page: Page): Promise<number> {
  await page.waitForSelector('#graph-summary[data-nodes]', { timeout: 30_000 });
  return Number(await page.getAttribute('#graph-summary', 'data-nodes'));
}

/** Types into an actor autocomplete (a selector for its input), waits for the option and picks it with the keyboard. */
export async function pickActor(page: Page, input: string, text: string, optionName: string): Promise<void> {
  await page.fill(input, text);
  const options = page.locator('.picker-list:visible [role="option"]');
  await options.filter({ hasText: optionName }).first().waitFor();
  const names = await options.locator('.picker-name').allInnerTexts();
  const at = names.findIndex((n) => n === optionName || n.startsWith(`${optionName} (`));
  for (let i = 0; i < at; i++) await page.press(input, 'ArrowDown');
  await page.press(input, 'Enter');
}

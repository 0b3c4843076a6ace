// `npm run bench:web`: a synthetic neighbourhood of 2,000 actors and 6,000 edges, drawn in headless Chromium.
// Prints time to first render, layout time and click response. A benchmark that prints numbers, not a test.
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { commandLine, wholeNumber } from '../server/cli/args.js';
import { ARTIFACTS, ensureWebBuilt, launchChromium, ROOT } from '../tests/e2e/harness.js';
import type { Elements } from '../web/src/api/types.js';

const USAGE = 'usage: npm run bench:web   (the environment may set BENCH_NODES, default 2000; BENCH_EDGES, default 6000; BENCH_RUNS, default 3)';
// Its inputs are environment variables, checked like options: a bad one would otherwise draw NaN nodes or never finish.
const { NODES, EDGES, RUNS } = commandLine({ usage: USAGE }, () => {
  const env = (name: string, fallback: number) => process.env[name] ?? String(fallback);
  const nodes = wholeNumber('BENCH_NODES', env('BENCH_NODES', 2000), { min: 2, why: 'an edge joins two actors' });
  return {
    NODES: nodes,
    EDGES: wholeNumber('BENCH_EDGES', env('BENCH_EDGES', 6000), { min: 0, max: nodes * (nodes - 1), why: `${nodes} actors make at most that many ordered pairs` }),
    RUNS: wholeNumber('BENCH_RUNS', env('BENCH_RUNS', 3), { min: 1, why: 'the figures are medians over the runs' }),
  };
});
const KINDS = ['person', 'state', 'organization', 'armed_force', 'alliance', 'group', 'media'];
const STANCES = ['condemns', 'criticizes', 'warns', 'urges', 'states', 'supports', 'praises', 'accuses'];
const POLARITY: Record<string, string> = { condemns: 'hostile', accuses: 'hostile', criticizes: 'critical', warns: 'critical', urges: 'neutral', states: 'neutral', supports: 'supportive', praises: 'supportive' };
const TIES = ['MEMBER_OF', 'HOLDS_OFFICE', 'ALLIED_WITH', 'SUPPLIES_ARMS_TO'];

/** A deterministic pseudo-random generator, so every run draws the same graph. */
function rng(seed: number) {
  return () => { seed = (seed * 1664525 + 1013904223) % 4294967296; return seed / 4294967296; };
}

function synthetic(): Elements {
  const r = rng(42);
  // Preferential attachment gives hubs, as real "who speaks about whom" data has.
  const targets: number[] = [0];
  const edges = new Map<string, Elements['edges'][number]>();
  const spokenAbout = new Array<number>(NODES).fill(0);
  const said = new Array<number>(NODES).fill(0);
  const add = (s: number, t: number) => {
    if (s === t) return false;
    const tie = r() < 0.15;
    const type = tie ? TIES[Math.floor(r() * TIES.length)] : 'SPOKE_ABOUT';
    const id = `${type}:n${s}->n${t}`;
    if (edges.has(id)) return false;
    const stance = STANCES[Math.floor(r() * STANCES.length)];
    const count = 1 + Math.floor(r() * r() * 8);
    edges.set(id, { data: tie
      ? { id, source: `n${s}`, target: `n${t}`, type, detail: null, since: null, until: null }
      : { id, source: `n${s}`, target: `n${t}`, type, count, stances: { [stance]: count }, dominantStance: stance as never, polarity: POLARITY[stance] as never, statementIds: [], firstDate: '2023-09-19', lastDate: '2023-09-20' } });
    if (!tie) { spokenAbout[t] += count; said[s] += count; }
    targets.push(t, s);
    return true;
  };
  for (let i = 1; i < NODES; i++) add(i, targets[Math.floor(r() * targets.length)]);
  while (edges.size < EDGES) add(Math.floor(r() * NODES), targets[Math.floor(r() * targets.length)]);
  const nodes = Array.from({ length: NODES }, (_, i) => ({ data: { id: `n${i}`, label: `Actor ${i}`, kind: KINDS[i % KINDS.length], said: said[i], spokenAbout: spokenAbout[i] } }));
  return { nodes, edges: [...edges.values()], truncated: false };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(elements: Elements) {
  const json = (res: ServerResponse, body: unknown) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
  const graphJson = JSON.stringify(elements);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://bench');
    const p = url.pathname;
    if (p.startsWith('/api/graph/')) { res.writeHead(200, { 'content-type': 'application/json' }); res.end(graphJson); return; }
    if (p.startsWith('/api/actors/')) {
      const id = decodeURIComponent(p.slice('/api/actors/'.length));
      const n = elements.nodes.find((x) => x.data.id === id)?.data;
      json(res, { id, name: n?.label ?? id, kind: n?.kind ?? 'person', aliases: [], description: null, statementsBy: 0, statementsAbout: 0, ties: [], officeHolders: [], events: [] });
      return;
    }
    if (p === '/api/timeline') return json(res, { days: [], undated: 0 });
    if (p.startsWith('/api/')) return json(res, { items: [], total: 0, limit: 10, offset: 0 });
    const file = path.join(ROOT, 'dist/web', p === '/' ? 'index.html' : p);
    if (!file.startsWith(path.join(ROOT, 'dist/web')) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
}

interface Run { dataMs: number; firstRenderMs: number; dataToRenderMs: number; layoutMs: number; layout: string; selectMs: number; panelMs: number }

async function main(): Promise<void> {
  await ensureWebBuilt();
  const elements = synthetic();
  const server = serve(elements).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${base}/?root=n0&depth=3&debug`);
      await page.waitForSelector('#graph-summary[data-nodes]', { timeout: 120_000 });
      await page.waitForFunction(() => window.__sgTimings?.[0]?.paintedAt, null, { timeout: 120_000, polling: 100 });
      const timing = await page.evaluate(() => window.__sgTimings![0]);
      if (i === 0) await page.screenshot({ path: path.join(ARTIFACTS, 'bench-web.png') });
      // Click a well-connected actor, and time the graph's selection and the filled details panel.
      const target = await page.evaluate(() => {
        const cy = window.stancegraph!.cy;
        const node = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false))[3];
        cy.zoom(1); cy.center(node);
        const box = cy.container()!.getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      // The panel is done when it names the selected actor (whichever node lay under the pointer).
      await page.evaluate(() => { (window as unknown as { clickTiming: Promise<unknown> }).clickTiming = new Promise<{ selectMs: number; panelMs: number }>((resolve) => {
        let t0 = 0;
        let selectMs = 0;
        let selected = '';
        window.addEventListener('pointerdown', () => { t0 = performance.now(); }, { capture: true, once: true });
        window.stancegraph!.cy.one('select', 'node', (e) => { selectMs = performance.now() - t0; selected = e.target.data('label'); });
        const observer = new MutationObserver(() => {
          if (selected && document.querySelector('#panel h2')?.textContent === selected) { observer.disconnect(); resolve({ selectMs, panelMs: performance.now() - t0 }); }
        });
        observer.observe(document.querySelector('#panel')!, { childList: true, subtree: true });
      }); });
      await page.waitForTimeout(300);
      await page.mouse.click(target.x, target.y);
      const click = await page.evaluate(() => (window as unknown as { clickTiming: Promise<{ selectMs: number; panelMs: number }> }).clickTiming);
      runs.push({ dataMs: timing.dataMs, firstRenderMs: timing.paintedAt!, dataToRenderMs: timing.paintedAt! - timing.dataAt, layoutMs: timing.layoutMs, layout: timing.layout, ...click });
      await page.evaluate(() => sessionStorage.clear());
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (k: keyof Omit<Run, 'layout'>) => [...runs.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;
  console.log(`bench:web — ${elements.nodes.length} nodes, ${elements.edges.length} edges, ${RUNS} runs in headless Chromium (median)`);
  console.log(`  time to first render (navigation → graph painted): ${ms(median('firstRenderMs'))}`);
  console.log(`    of which fetching the ${(JSON.stringify(elements).length / 1e6).toFixed(1)} MB of elements:  ${ms(median('dataMs'))}`);
  console.log(`  data arrived → graph painted and interactive:   ${ms(median('dataToRenderMs'))}`);
  console.log(`    of which layout (${runs[0].layout}):                 ${ms(median('layoutMs'))}`);
  console.log(`  click → actor selected on the graph:            ${ms(median('selectMs'))}`);
  console.log(`  click → details panel filled:                   ${ms(median('panelMs'))}`);
}

main().catch((e: Error) => { console.error(e); process.exit(1); });

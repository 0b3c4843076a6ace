// The explorer as an investigative journalist uses it (issue 15), in headless Chromium against the real server
// on the seeded embedded database: a legible network, a working set that builds up and undoes, dates typed
// with the keyboard, sources one click away, search that forgives, and exports a newsroom can publish.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorPage, Elements, Statement } from '../../web/src/api/types.js';
import { seedSourcesDir } from '../helpers/sources.js';
import { distance, tracePath } from '../helpers/svg-paths.js';
import { ROOT, startHarness, waitForGraph, type Harness } from './harness.js';
import { debugPage, drawnLabels, exportAs, overlappingLabels } from './page-helpers.js';

let h: Harness;
let page: Page;
const warnings: string[] = [];
// The pictures the README shows: a test run writes them beside its other artifacts, and refreshes docs/
// only when asked (DOCS_SCREENSHOTS=1), so running the tests never changes tracked files.
const DOCS = path.join(ROOT, process.env.DOCS_SCREENSHOTS === '1' ? 'docs' : 'tests/artifacts/screenshots');

beforeAll(async () => {
  h = await startHarness({ SOURCES_DIR: seedSourcesDir() });
  page = await debugPage(h);
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  mkdirSync(DOCS, { recursive: true });
});
afterAll(async () => { await h?.close(); });

const open = async (query = '') => {
  await page.goto(`${h.url}/${query}`);
  return waitForGraph(page);
};
const param = (name: string) => new URL(page.url()).searchParams.get(name);
const shown = () => page.evaluate(() => window.stancegraph!.cy.nodes().not('.hidden').map((n) => n.id()).sort());
/** Labels settle a moment after the view stops moving. */
const settledLabels = async () => {
  await page.waitForTimeout(400);
  return drawnLabels(page);
};
/** The machine is shared: a step may wait its turn for the CPU. */
const eventually = <T>(check: () => T | Promise<T>) => expect.poll(check, { timeout: 20_000 });
/** Taps a node as a click would (the arrow returns nothing: a Cytoscape collection is costly to send back). */
const tap = (id: string) => page.evaluate((node) => { window.stancegraph!.cy.getElementById(node).emit('tap'); }, id);
const docShot = (name: string) => page.screenshot({ path: path.join(DOCS, name) });

describe('a legible network', { timeout: 150_000 }, () => {
  it('the first view draws many labels, none overlapping, with every edge drawable and isolates out of the way', async () => {
    warnings.length = 0;
    const loaded = await open();
    const labels = await settledLabels();
    expect(labels.length).toBeGreaterThanOrEqual(30);
    expect(overlappingLabels(labels)).toEqual([]);
    // The graph fills the canvas, not a ball in its middle: the shown actors span most of its width and height.
    const span = await page.evaluate(() => {
      const cy = window.stancegraph!.cy;
      const b = cy.nodes().not('.hidden').renderedBoundingBox({ includeLabels: false } as never);
      return { w: b.w / cy.width(), h: b.h / cy.height() };
    });
    expect(span.w).toBeGreaterThan(0.75);
    expect(span.h).toBeGreaterThan(0.75);
    // Nodes on top of each other leave edges that cannot be drawn; Cytoscape warns about each one.
    expect(warnings.filter((w) => /invalid endpoints|wheel sensitivity/i.test(w))).toEqual([]);
    const overlappingNodes = await page.evaluate(() => {
      const nodes = window.stancegraph!.cy.nodes().not('.hidden').nodes().map((n) => ({ id: n.id(), ...n.position(), r: n.data('size') / 2 }));
      return nodes.flatMap((a, i) => nodes.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r).map((b) => `${a.id}/${b.id}`));
    });
    expect(overlappingNodes).toEqual([]);
    // Actors with no connection are off the canvas until asked for.
    const visible = (await shown()).length;
    expect(visible).toBeLessThan(loaded);
    await page.click('#hide-isolated');
    await eventually(async () => (await shown()).length).toBe(loaded);
    expect(param('isolated')).toBe('show');
    await page.click('#hide-isolated');
    await eventually(async () => (await shown()).length).toBe(visible);
    await open();
    await page.waitForTimeout(400);
    await docShot('screenshot.png');
  });

  it('clicking Azerbaijan keeps labels apart and puts its statements near the top of the panel', async () => {
    await open();
    const at = await page.evaluate(() => {
      const cy = window.stancegraph!.cy;
      const p = cy.getElementById('azerbaijan').renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.locator('#panel h2', { hasText: 'Azerbaijan' }).waitFor();
    await page.mouse.move(5, 400);
    await eventually(async () => overlappingLabels(await settledLabels())).toEqual([]);
    expect((await drawnLabels(page)).map((l) => l.id)).toContain('azerbaijan');
    const card = page.locator('#panel .card').first();
    await card.waitFor();
    const top = await card.evaluate((el) => el.getBoundingClientRect().top - document.querySelector('#panel')!.getBoundingClientRect().top);
    expect(top).toBeLessThan(600);
    // Narrowed by stance inside the panel: every card then carries that stance.
    await page.selectOption('#panel select[name="stance"]', 'accuses');
    await eventually(() => page.locator('#panel .card').count()).toBeGreaterThan(0);
    await page.locator('#panel .statement-slot [data-ready="true"]').waitFor();
    for (const about of await page.locator('#panel .card .about').allInnerTexts()) expect(about).toContain('accuses');
    await page.selectOption('#panel select[name="stance"]', '');
    await page.locator('#panel .statement-slot [data-ready="true"]').waitFor();
    await docShot('screenshot-actor-panel.png');
  });

  it('a layout can be picked and re-run, and the pick is in the link', async () => {
    await open();
    const positions = () => page.evaluate(() => JSON.stringify(window.stancegraph!.cy.nodes().not('.hidden').nodes().map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))])));
    const before = await positions();
    await page.selectOption('#layout-picker', 'kind');
    await eventually(() => param('layout')).toBe('kind');
    await eventually(positions).not.toBe(before);
    expect(overlappingLabels(await settledLabels())).toEqual([]);
    await page.selectOption('#layout-picker', 'concentric');
    await eventually(() => param('layout')).toBe('concentric');
    await page.click('button:has-text("Re-run")');
    expect(overlappingLabels(await settledLabels())).toEqual([]);
  });
});

describe('a working set', { timeout: 150_000 }, () => {
  it('expand adds to the canvas; hide takes one off; undo gives back the same canvas; redo again', async () => {
    await open('?root=european-union');
    const base = await shown();
    expect(base).toEqual(expect.arrayContaining(['european-council', 'hungary', 'josep-borrell']));
    await tap('josep-borrell');
    await page.locator('#panel h2', { hasText: 'Josep Borrell' }).waitFor();
    await page.click('#panel button[data-expand="all"]');
    await eventually(() => param('expand')).toBe('josep-borrell');
    await eventually(async () => (await shown()).length).toBeGreaterThan(base.length);
    const expanded = await shown();
    expect(expanded).toEqual(expect.arrayContaining(base));
    await page.click('#panel button:has-text("Hide")');
    await eventually(() => param('hide')).toBe('josep-borrell');
    await eventually(async () => (await shown()).includes('josep-borrell')).toBe(false);
    await page.click('button[aria-label="Undo"]');
    await eventually(() => param('hide')).toBeNull();
    await eventually(shown).toEqual(expanded);
    expect(param('expand')).toBe('josep-borrell');
    await page.click('button[aria-label="Redo"]');
    await eventually(() => param('hide')).toBe('josep-borrell');
    // The working set is in the link: a colleague opening it sees the same canvas.
    const link = page.url();
    const colleague = await debugPage(h);
    await colleague.goto(link);
    await waitForGraph(colleague);
    await eventually(() => colleague.evaluate(() => window.stancegraph!.cy.nodes().not('.hidden').map((n) => n.id()).sort())).toEqual(await shown());
    await colleague.close();
  });

  it('expand only hostile adds only actors linked by hostile statements; a pinned actor survives the filters', async () => {
    await open('?root=european-union');
    const base = new Set(await shown());
    await tap('hungary');
    await page.locator('#panel h2', { hasText: 'Hungary' }).waitFor();
    await page.click('#panel button:has-text("Pin")');
    await eventually(() => param('pin')).toBe('hungary');
    await tap('azerbaijan');
    await page.locator('#panel h2', { hasText: 'Azerbaijan' }).waitFor();
    await page.click('#panel button[data-expand="hostile"]');
    await eventually(() => param('expand')).toBe('azerbaijan~hostile');
    await eventually(async () => (await shown()).length).toBeGreaterThan(base.size);
    const added = (await shown()).filter((id) => !base.has(id));
    const hostile = await page.evaluate((ids) => ids.every((id) => window.stancegraph!.cy.getElementById(id).connectedEdges()
      .some((e) => e.data('type') === 'SPOKE_ABOUT' && ['threatens', 'condemns', 'accuses'].some((st) => (e.data('stances') ?? {})[st] > 0))), added);
    expect(hostile).toBe(true);
    // Only ties shown: Hungary has none to the rest here, yet stays because it is pinned.
    await page.goto(`${page.url()}&edges=MEMBER_OF`);
    await waitForGraph(page);
    await eventually(async () => (await shown()).includes('hungary')).toBe(true);
  });
});

describe('every panel obeys the filters', () => {
  it('"Most spoken about" counts only the statements the stance filter keeps, read from the loaded graph', async () => {
    const count = async (query: string) => {
      await open(query);
      const row = page.locator('#panel .welcome .connection', { hasText: /^Azerbaijan — / });
      await row.waitFor();
      return Number((await row.innerText()).match(/— (\d+) statements?/)![1]);
    };
    const all = await count('');
    const condemns = await count('?stances=condemns');
    // The API's overview counts each speaker's statements about Azerbaijan per stance: only "condemns" may count.
    const overview = await h.api<Elements>('/graph/overview');
    const condemning = overview.edges.filter((e) => e.data.target === 'azerbaijan' && e.data.type === 'SPOKE_ABOUT').reduce((n, e) => n + (e.data.stances?.condemns ?? 0), 0);
    expect(condemns).toBeLessThan(all);
    expect(condemns).toBe(condemning);
  });
});

describe('dates', () => {
  it('a date typed with the keyboard is used only once it is whole', async () => {
    await open();
    await page.focus('#filter-from');
    await page.keyboard.type('0919202');
    await page.waitForTimeout(1200);
    // The year reads "0202" so far: nothing is filtered yet.
    expect(param('from')).toBeNull();
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await eventually(() => param('from')).toBe('2023-09-19');
    await eventually(() => page.inputValue('#filter-from')).toBe('2023-09-19');
  });

  it('a bad parameter in a link is named, and the rest of the view is kept', async () => {
    await open('?actor=azerbaijan&from=2023-13-45&stances=condemns');
    await eventually(() => page.locator('.url-problems').innerText()).toContain('from=2023-13-45');
    await page.locator('#panel h2', { hasText: 'Azerbaijan' }).waitFor();
    expect(Number(await page.getAttribute('#graph-summary', 'data-visible-nodes'))).toBeGreaterThan(1);
    expect(await page.locator('input[name="stance"][value="condemns"]').isChecked()).toBe(true);
  });

  it('month- and year-dated statements show at their precision; undated ones are listed on the Timeline', async () => {
    await page.goto(`${h.url}/?view=timeline`);
    const headings = page.locator('.days .day h3');
    await headings.first().waitFor();
    const texts = await headings.allInnerTexts();
    expect(texts).toContain('1988');
    expect(texts).not.toContain('1 Jan 1988');
    await page.click('button:has-text("without a known date")');
    await eventually(() => page.locator('#undated-cards .card').count()).toBeGreaterThan(10);
    for (const meta of (await page.locator('#undated-cards .card .card-meta time').allInnerTexts()).slice(0, 10)) expect(meta).toBe('undated');
  });

  it('reports show every date at its precision: the escalation by month or year, events by day', async () => {
    const cells = async (report: string) => {
      await page.goto(`${h.url}/?view=reports&report=${report}&run=1`);
      await page.locator('table.results').waitFor();
      return page.locator('table.results tbody td').allInnerTexts();
    };
    const escalation = await cells('escalation');
    // Aliyev's October 2020 "like dogs" threat is dated to the month; an ICC prosecutor's accusations to the year.
    expect(escalation).toContain('Oct 2020');
    expect(escalation).toContain('2023');
    expect(escalation.filter((c) => /^\d{4}-\d{2}-\d{2}$/.test(c))).toEqual([]);
    const timeline = await cells('timeline');
    expect(timeline).toContain('1988');
    expect(timeline).toContain('10 Dec 1991');
    expect(timeline.filter((c) => /^\d{4}-\d{2}-\d{2}$/.test(c))).toEqual([]);
  });
});

describe('sources one click away', () => {
  it('the source viewer opens the document at the excerpt, highlighted, with the original linked', async () => {
    await open('?actor=dmitry-medvedev');
    const card = page.locator('#panel .card[data-statement="dmitry-medvedev-guess-what-fate-20230919"]');
    await card.waitFor();
    await card.locator('.source summary').first().click();
    await card.locator('.open-source').first().click();
    const mark = page.locator('dialog .source-text mark');
    await mark.waitFor();
    const statement = await h.api<Statement>('/statements/dmitry-medvedev-guess-what-fate-20230919');
    const cited = statement.sources.find((c) => c.id === param('source'))!;
    expect((await mark.innerText()).replace(/\s+/g, ' ')).toBe(cited.excerpt.replace(/\s+/g, ' ').trim());
    expect(await mark.innerText()).toContain(statement.quote!.slice(0, 20));
    await eventually(() => mark.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const frame = m.closest('.source-text')!.getBoundingClientRect();
      return box.top >= frame.top && box.bottom <= frame.bottom;
    })).toBe(true);
    expect(param('quote')).toBe(statement.id);
    await page.waitForTimeout(300);
    await docShot('screenshot-source-viewer.png');
    await page.keyboard.press('Escape');
    await eventually(() => param('source')).toBeNull();
    // The source with a URL links out.
    await open('?source=iv-it-feels-like-the-apocalypse');
    expect(await page.locator('dialog .source-meta a').getAttribute('href')).toMatch(/^https:\/\/internationalviewpoint\.org\//);
  });

  it('a statement has its own link, and descriptions name documents by title', async () => {
    await open('?statement=dmitry-medvedev-guess-what-fate-20230919');
    await page.locator('#panel .card[data-statement="dmitry-medvedev-guess-what-fate-20230919"]').waitFor();
    await open('?actor=dmitry-medvedev');
    const description = page.locator('#panel .description');
    await eventually(() => description.locator('a.source-mention').count()).toBeGreaterThan(0);
    expect(await description.innerText()).not.toMatch(/documents? \d{3}/);
  });
});

describe('search people can use', () => {
  for (const [typed, name] of [['Алиев', 'Ilham Aliyev'], ['Medvedew', 'Dmitry Medvedev'], ['Путин', 'Vladimir Putin']]) {
    it(`"${typed}" finds ${name}`, async () => {
      await open();
      await page.fill('.topbar .picker-input', typed);
      await page.locator('.topbar .picker-option .picker-name', { hasText: name }).first().waitFor();
      await page.locator('.topbar .picker-option', { hasText: name }).first().dispatchEvent('mousedown');
      await page.locator('#panel h2', { hasText: name }).waitFor();
    });
  }

  it('quote words find the statement, highlighted, and open it', async () => {
    await open();
    await page.fill('.topbar .picker-input', 'fate awaits');
    const option = page.locator('.topbar .quote-option').first();
    await option.waitFor();
    expect(await option.locator('mark').first().innerText()).toBe('fate awaits');
    await option.dispatchEvent('mousedown');
    await eventually(() => param('statement')).toBe('dmitry-medvedev-guess-what-fate-20230919');
    await page.locator('#panel .card[data-statement="dmitry-medvedev-guess-what-fate-20230919"]').waitFor();
  });

  it('a refused query shows what the server said', async () => {
    await open();
    const res = await fetch(`${h.url}/api/actors?q=${'x'.repeat(500)}`);
    const problem = (await res.json()) as { detail: string };
    expect(res.status).toBe(400);
    await page.fill('.topbar .picker-input', 'x'.repeat(500));
    const message = page.locator('.topbar .picker-error');
    await message.waitFor();
    expect(await message.innerText()).toContain(problem.detail);
    expect(await message.innerText()).not.toContain('unavailable');
    const actors = await h.api<ActorPage>('/actors?q=Medvedew');
    expect(actors.items[0]?.id).toBe('dmitry-medvedev');
  });
});

describe('exports for a newsroom', () => {
  /** Downloads the current view in one format; the downloaded file's path. */
  const exported = async (format: Parameters<typeof exportAs>[1]) => (await (await exportAs(page, format)).path())!;

  it('a captioned PNG and SVG, and GraphML and GEXF of the visible graph', async () => {
    await open('?root=european-union&stances=condemns,criticizes');
    const png = await exportAs(page, 'png');
    const file = (await png.path())!;
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const canvas = await page.evaluate(() => ({ w: window.stancegraph!.cy.width(), h: window.stancegraph!.cy.height() }));
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(canvas.w);
    copyFileSync(file, path.join(DOCS, 'export-example.png'));
    const visible = await page.evaluate(() => window.stancegraph!.cy.nodes().not('.hidden').length);
    const graphml = readFileSync(await exported('graphml'), 'utf8');
    expect(graphml.match(/<node /g)?.length).toBe(visible);
    const gexf = readFileSync(await exported('gexf'), 'utf8');
    expect(gexf.match(/<node /g)?.length).toBe(visible);
    expect(gexf).toContain('label="European Union"');
    // The SVG: the same caption, legend and credit around the visible actors, every one drawn, names legible.
    const svgFile = await exported('svg');
    const svgText = readFileSync(svgFile, 'utf8');
    copyFileSync(svgFile, path.join(DOCS, 'export-example.svg'));
    expect(svgText).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('European Union and their connections');
    expect(svgText).toContain('Stances: condemns, criticizes');
    expect(svgText).toMatch(/Exported \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(svgText).toContain('hostile statements');
    expect(svgText).toContain('Made with stancegraph. Sources:');
    expect(svgText.match(/<\/title><\/g>/g)?.length).toBe(visible);
    expect(svgText.match(/text-anchor="middle"/g)?.length).toBeGreaterThanOrEqual(Math.min(visible, 8));
    expect(svgText).toContain('>European Union<');
    // Each tie type has a line of its own in the legend, as on the canvas (the PNG's legend is drawn from the same table).
    const tieLine = (label: string) => new RegExp(`<line ((?:(?!/>).)*)/><text [^>]*>${label}</text>`).exec(svgText)?.[1]?.match(/stroke-dasharray="([^"]*)"/)?.[1] ?? 'solid';
    const ties = ['Member of', 'Holds office in', 'Allied with', 'Supplies arms to'];
    for (const label of ties) expect(svgText).toContain(`>${label}</text>`);
    expect(new Set(ties.map(tieLine)).size).toBe(ties.length);
  });

  it("the SVG draws each of a pair's connections apart, as the canvas does, none hidden under another", async () => {
    // Armenia's neighbourhood has pairs joined both ways, and a tie beside statements (Armenia and Russia).
    await open('?root=armenia');
    const pairs = await page.evaluate(() =>
      window.stancegraph!.graph.shownEdges().map((e) => [e.source, e.target].sort().join(' ')));
    const svgText = readFileSync(await exported('svg'), 'utf8');
    expect(svgText).not.toContain('NaN');
    const drawing = /<g class="graph">(.*)<\/g>\n<g class="legend">/s.exec(svgText)![1]!;
    // The SVG draws the model's shown edges in its order.
    const middles = [...drawing.matchAll(/<path d="([^"]+)"/g)].map((m) => tracePath(m[1]!).middle);
    expect(middles).toHaveLength(pairs.length);
    const shared = [...new Set(pairs)].map((pair) => middles.filter((_, i) => pairs[i] === pair))
      .filter((group) => group.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const group of shared) {
      for (const [i, a] of group.entries()) {
        for (const b of group.slice(i + 1)) expect(distance(a, b)).toBeGreaterThanOrEqual(10);
      }
    }
  });
});

describe('test hooks', () => {
  it('window.stancegraph and the timing list exist only behind the debug flag', async () => {
    const plain = await h.page();
    await plain.goto(`${h.url}/`);
    await waitForGraph(plain);
    expect(await plain.evaluate(() => [typeof window.stancegraph, typeof window.__sgTimings])).toEqual(['undefined', 'undefined']);
    await plain.goto(`${h.url}/?debug`);
    await waitForGraph(plain);
    await expect.poll(() => plain.evaluate(() => [typeof window.stancegraph, typeof window.__sgTimings])).toEqual(['object', 'object']);
    await plain.close();
  });
});

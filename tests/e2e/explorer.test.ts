// The explorer as a person uses it, in headless Chromium against the real server on the seeded embedded database.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Elements, StatementPage } from '../../web/src/api/types.js';
import { pickActor as pick, startHarness, waitForGraph, type Harness } from './harness.js';
import { debugPage, exportAs } from './page-helpers.js';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
  page = await debugPage(h);
});
afterAll(async () => { await h?.close(); });

const open = async (query = '') => {
  await page.goto(`${h.url}/${query}`);
  return waitForGraph(page);
};
const visibleEdges = (type?: string) => page.evaluate((t) => window.stancegraph!.cy.edges().not('.hidden').filter((e) => !t || e.data('type') === t).length, type);

const pickActor = (input: string, text: string, optionName: string) => pick(page, input, text, optionName);

describe('web explorer', () => {
  it('loads with the seeded network: as many nodes as the API has actors', async () => {
    const overview = await h.api<Elements>('/graph/overview');
    expect(await open()).toBe(overview.nodes.length);
    expect(await page.evaluate(() => window.stancegraph!.cy.nodes().length)).toBe(overview.nodes.length);
    expect(await page.locator('.legend').innerText()).toContain('Hostile');
    await h.shot(page, 'overview');
  });

  it('search "medvedev" selects him; the panel shows his statement about Pashinyan with its source', async () => {
    await open();
    await pickActor('.topbar .picker-input', 'medvedev', 'Dmitry Medvedev');
    await page.locator('#panel h2', { hasText: 'Dmitry Medvedev' }).waitFor();
    expect(new URL(page.url()).searchParams.get('actor')).toBe('dmitry-medvedev');
    expect(await page.evaluate(() => window.stancegraph!.cy.$(':selected').map((n) => n.id()))).toEqual(['dmitry-medvedev']);
    const card = page.locator('#panel .card', { has: page.locator('.about', { hasText: 'Nikol Pashinyan' }) }).first();
    await card.waitFor();
    expect(await card.locator('.source summary').first().innerText()).toContain('Source:');
    await card.locator('.source summary').first().click();
    expect((await card.locator('.excerpt').first().innerText()).length).toBeGreaterThan(10);
    await h.shot(page, 'medvedev');
  });

  it('clicking an edge lists the statements between the two actors', async () => {
    await open('?actor=dmitry-medvedev&focus=1');
    // A point on the edge that no actor covers (the layout is force-directed, so it varies from run to run).
    const point = await page.evaluate(() => {
      const cy = window.stancegraph!.cy;
      const edge = cy.getElementById('dmitry-medvedev>nikol-pashinyan>SPOKE_ABOUT');
      cy.fit(edge, 120);
      const box = cy.container()!.getBoundingClientRect();
      const [a, b] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint()];
      const nodes = cy.nodes().not('.hidden').map((n) => n.renderedBoundingBox({}));
      const free = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }))
        .find((p) => !nodes.some((r) => p.x >= r.x1 - 4 && p.x <= r.x2 + 4 && p.y >= r.y1 - 4 && p.y <= r.y2 + 4)) ?? edge.renderedMidpoint();
      return { x: box.left + free.x, y: box.top + free.y, count: edge.data('count') as number };
    });
    await page.mouse.click(point.x, point.y);
    await page.locator('#panel h3', { hasText: 'Statements by Dmitry Medvedev about Nikol Pashinyan' }).waitFor();
    const api = await h.api<StatementPage>('/statements?speaker=dmitry-medvedev&about=nikol-pashinyan');
    await expect.poll(() => page.locator('#panel .card').count()).toBe(api.total);
    expect(point.count).toBe(api.total);
    const speakers = await page.locator('#panel .card .card-head .speakers > .link').allInnerTexts();
    expect(speakers).toHaveLength(api.total);
    for (const speaker of speakers) expect(speaker).toBe('Dmitry Medvedev');
    expect(new URL(page.url()).searchParams.get('edge')).toBe('dmitry-medvedev>nikol-pashinyan>SPOKE_ABOUT');
    await h.shot(page, 'edge');
  });

  it('a stance filter removes edges', async () => {
    await open();
    const before = await visibleEdges('SPOKE_ABOUT');
    await page.locator('fieldset', { hasText: 'Stance' }).locator('button', { hasText: 'supportive' }).click();
    await expect.poll(() => visibleEdges('SPOKE_ABOUT')).toBeLessThan(before);
    const supportive = await h.api<Elements>('/graph/overview?include=SPOKE_ABOUT&stance=supports,praises,recognizes,apologizes');
    expect(await visibleEdges('SPOKE_ABOUT')).toBe(supportive.edges.length);
    expect(new URL(page.url()).searchParams.get('stances')).toBe('supports,praises,recognizes,apologizes');
    await h.shot(page, 'stance-filter');
  });

  it('the path finder connects two actors, hop by hop', async () => {
    await open('?panel=path');
    await pickActor('#panel .picker-input >> nth=0', 'medvedev', 'Dmitry Medvedev');
    await pickActor('#panel .picker-input >> nth=1', 'aliyev', 'Ilham Aliyev');
    const hops = page.locator('#panel .hop');
    await hops.first().waitFor();
    const path = await h.api<Elements>('/graph/path?from=dmitry-medvedev&to=ilham-aliyev');
    expect(await hops.count()).toBe(path.edges.length);
    expect(await hops.first().innerText()).toContain('Hop 1');
    expect(await page.evaluate(() => window.stancegraph!.cy.nodes('.path').length)).toBe(path.nodes.length);
    await h.shot(page, 'path');
  });

  it('a path link with an id that is no actor says which end, not that there is no connection', async () => {
    await open('?panel=path&pathFrom=aliyev&pathTo=ilham-aliyev');
    const alert = page.locator('#panel .path-result [role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('No actor has the id "aliyev" (from)');
    expect(await page.locator('#panel .path-result').innerText()).not.toContain('No connection');
  });

  it('a deep link reloads to the same view, and back/forward restore it', async () => {
    const link = '?actor=dmitry-medvedev&focus=1&stances=threatens,criticizes&isolated=hide';
    await open(link);
    await page.locator('#panel h2', { hasText: 'Dmitry Medvedev' }).waitFor();
    const snapshot = () => page.evaluate(() => ({
      title: document.querySelector('#panel h2')?.textContent,
      summary: document.querySelector('#graph-summary')?.textContent,
      checked: [...document.querySelectorAll<HTMLInputElement>('input[name="stance"]:checked')].map((i) => i.value),
      selected: window.stancegraph!.cy.$(':selected').map((n) => n.id()),
    }));
    const first = await snapshot();
    expect(first.checked).toEqual(['threatens', 'criticizes']);
    await page.reload();
    await waitForGraph(page);
    await page.locator('#panel h2', { hasText: 'Dmitry Medvedev' }).waitFor();
    expect(await snapshot()).toEqual(first);
    await page.locator('#panel .about .link', { hasText: 'Nikol Pashinyan' }).first().click();
    await page.locator('#panel h2', { hasText: 'Nikol Pashinyan' }).waitFor();
    await page.goBack();
    await page.locator('#panel h2', { hasText: 'Dmitry Medvedev' }).waitFor();
    expect(await snapshot()).toEqual(first);
    await page.goForward();
    await page.locator('#panel h2', { hasText: 'Nikol Pashinyan' }).waitFor();
    await h.shot(page, 'deep-link');
  });

  it('exports a PNG of the graph and a CSV of the visible statements', async () => {
    await open('?actor=dmitry-medvedev&focus=1');
    const png = await exportAs(page, 'png');
    const bytes = readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.length).toBeGreaterThan(2000);

    const csv = await exportAs(page, 'csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    const lines = text.trim().split('\r\n');
    expect(lines[0]).toBe('id,date,datePrecision,speaker,about,stances,channel,modality,quote,summary,source,url');
    // The statements behind the visible edges, as the API lists them when asked for their ids (a
    // neighbourhood wide enough to hold every visible edge).
    const expected = await page.evaluate(async () => {
      const visibleEdges = new Set(window.stancegraph!.cy.edges('[type = "SPOKE_ABOUT"]').not('.hidden').map((e) => e.data('apiId') as string));
      const graph = await (await fetch('/api/graph/neighborhood?id=dmitry-medvedev&depth=3&limit=2000&statementIds=true')).json() as { edges: { data: { id: string; statementIds?: string[] } }[] };
      return new Set(graph.edges.filter((e) => visibleEdges.has(e.data.id)).flatMap((e) => e.data.statementIds ?? [])).size;
    });
    expect(expected).toBeGreaterThan(0);
    expect(lines.length - 1).toBe(expected);
    expect(text).toContain('Dmitry Medvedev');
  });

  it('double-click expands an actor onto the canvas; focus keeps only their neighbourhood', async () => {
    const total = await open('?root=european-union');
    const shown = () => page.evaluate(() => window.stancegraph!.cy.nodes().not('.hidden').map((n) => n.id()).sort());
    const before = await shown();
    const at = await page.evaluate(() => {
      const cy = window.stancegraph!.cy;
      const node = cy.getElementById('josep-borrell');
      cy.center(node);
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y };
    });
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('expand')).toBe('josep-borrell');
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
    // Expanding adds: everything that was on the canvas stays (the European Council, Hungary and the rest).
    await expect.poll(() => page.evaluate(() => window.stancegraph!.cy.nodes().length), { timeout: 20_000 }).toBeGreaterThan(total);
    const after = await shown();
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.length).toBeGreaterThan(before.length);
    const near = await page.evaluate(() => window.stancegraph!.cy.getElementById('josep-borrell').closedNeighborhood().nodes().not('.hidden').length);
    await page.selectOption('#panel select[aria-label="Hops to keep around this actor"]', '1');
    await expect.poll(() => page.getAttribute('#graph-summary', 'data-visible-nodes'), { timeout: 20_000 }).toBe(String(near));
    await page.click('button:has-text("Show all")');
    await expect.poll(() => new URL(page.url()).searchParams.get('expand')).toBeNull();
  });

  it('dragging across the timeline sets the date range for the graph and the lists', async () => {
    await open();
    const svg = page.locator('.strip-slot .timeline-svg');
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const params = new URL(page.url()).searchParams;
    const ranged = await h.api<Elements>(`/graph/overview?include=SPOKE_ABOUT&from=${params.get('from')}&to=${params.get('to')}`);
    await expect.poll(() => visibleEdges('SPOKE_ABOUT')).toBe(ranged.edges.length);
    expect(await page.inputValue('#filter-from')).toBe(params.get('from'));
    await h.shot(page, 'timeline-brush');
  });

  it('resizing the window resizes and redraws the graph (the page observes its container, not Cytoscape)', async () => {
    await open();
    const size = () => page.evaluate(() => {
      const cy = window.stancegraph!.cy;
      const box = cy.container()!.getBoundingClientRect();
      // The canvas's own pixels, which Cytoscape sets when it resizes the drawing, not its CSS size.
      const canvas = cy.container()!.querySelector('canvas')!;
      return { cy: [cy.width(), cy.height()], box: [Math.round(box.width), Math.round(box.height)], canvas: [canvas.width / devicePixelRatio, canvas.height / devicePixelRatio] };
    });
    const before = await size();
    expect(before.cy).toEqual(before.box);
    await page.setViewportSize({ width: 1000, height: 640 });
    try {
      await expect.poll(async () => { const s = await size(); return s.cy[0] < before.cy[0] && s.cy[1] < before.cy[1] && String(s.cy) === String(s.box) && String(s.canvas) === String(s.box); }).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await expect.poll(async () => { const s = await size(); return [s.cy, s.canvas]; }).toEqual([before.cy, before.cy]);
  });

  it('works on a narrow screen, with the panels as drawers', async () => {
    const narrow = await h.page({ width: 390, height: 844 });
    await narrow.goto(`${h.url}/?actor=dmitry-medvedev`);
    await waitForGraph(narrow);
    await expect.poll(() => narrow.locator('#sidebar').isVisible()).toBe(false);
    await narrow.click('button:has-text("Details")');
    await narrow.locator('#panel h2', { hasText: 'Dmitry Medvedev' }).waitFor({ state: 'visible' });
    await h.shot(narrow, 'narrow');
  });
});

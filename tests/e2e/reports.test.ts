// The reports view as a person uses it: choose a report, fill a parameter through the autocomplete, run it, read
// and sort the table (the same rows the API gives for the same parameters), export it, share the link, read the
// Cypher, draw a graph report in the network, and see the API's messages next to the parameters they name.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ReportDetail, RunResult } from '../../web/src/api/types.js';
import { formatDate } from '../../web/src/ui/dom.js';
import { harnessForFile, pickActor, waitForGraph } from './harness.js';
import { withDebugFlag } from './page-helpers.js';

const t = harnessForFile();
// The test hooks (window.stancegraph) exist only behind the debug flag.
withDebugFlag(t);

/** A value as the table shows it: lists joined with "; ", nothing as "", a date at its precision (column `xPrecision`). */
const shown = (v: unknown, precision?: unknown): string => (v === null || v === undefined ? '' : Array.isArray(v) ? v.map((x) => shown(x)).join('; ')
  : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, typeof precision === 'string' ? precision : 'day') : String(v));
const tableRows = () => t.page.locator('table.results tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
const tableHead = () => t.page.locator('table.results thead th button').evaluateAll((bs) => bs.map((b) => b.getAttribute('value')));
const param = (name: string) => new URL(t.page.url()).searchParams.get(name);
const fieldError = (label: string) => t.page.locator('.report-form .field', { has: t.page.locator(`label:text-is("${label}")`) }).locator('.field-error');

async function chooseReport(name: string): Promise<void> {
  await t.page.goto(`${t.h.url}/?view=reports`);
  await t.page.click(`button.report-item[value="${name}"]`);
  await t.page.locator('#report-title').waitFor();
}

describe('reports view', () => {
  it('runs a report from the page: the table holds the API\'s rows for the same parameters', async () => {
    await chooseReport('statements-about');
    expect(await t.page.locator('.report-head p').innerText()).toContain('grouped by speaker and stance');
    await pickActor(t.page, '.report-form .picker-input', 'azerb', 'Azerbaijan');
    await t.page.click('#report-run');
    await t.page.locator('table.results').waitFor();
    expect(param('report')).toBe('statements-about');
    expect(param('p.target')).toBe('azerbaijan');
    expect(param('run')).toBe('1');

    const api = await t.h.api<RunResult>('/reports/statements-about/run?target=azerbaijan');
    expect(api.rows.length).toBeGreaterThan(5);
    expect(await tableHead()).toEqual(api.columns);
    // LadybugDB's collect() gathers in no fixed order, so a list cell is compared as a set of items.
    const lists = api.columns.map((c) => api.rows.some((r) => Array.isArray(r[c])));
    const asSets = (rows: string[][]) => rows.map((cells) => cells.map((cell, i) => (lists[i] ? cell.split('; ').sort().join('; ') : cell)));
    expect(asSets(await tableRows())).toEqual(asSets(api.rows.map((r) => api.columns.map((c) => shown(r[c], r[`${c}Precision`])))));
    expect(await t.page.locator('.results-meta').innerText()).toContain(`${api.rows.length} rows`);
    await t.h.shot(t.page, 'report-table');

    // Sorting: ascending, then descending, kept in the URL.
    const counts = async () => (await tableRows()).map((r) => Number(r[api.columns.indexOf('statements')]));
    await t.page.click('th button[value="statements"]');
    await expect.poll(() => param('sort')).toBe('statements');
    expect(await t.page.getAttribute('th:has(button[value="statements"])', 'aria-sort')).toBe('ascending');
    expect(await counts()).toEqual([...api.rows.map((r) => Number(r.statements))].sort((a, b) => a - b));
    await t.page.click('th button[value="statements"]');
    await expect.poll(() => param('sort')).toBe('-statements');
    expect(await counts()).toEqual([...api.rows.map((r) => Number(r.statements))].sort((a, b) => b - a));

    // CSV and JSON hold every row, in the table's order.
    const [csv] = await Promise.all([t.page.waitForEvent('download'), t.page.click('.results-bar button:text-is("CSV")')]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(api.columns.join(','));
    expect(lines).toHaveLength(api.rows.length + 1);
    const [json] = await Promise.all([t.page.waitForEvent('download'), t.page.click('.results-bar button:text-is("JSON")')]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { report: string; params: Record<string, string>; rows: unknown[] };
    expect(exported.report).toBe('statements-about');
    expect(exported.params).toEqual({ target: 'azerbaijan' });
    expect(exported.rows).toHaveLength(api.rows.length);

    // The link is the whole view: opened afresh it shows the same sorted table.
    const before = await tableRows();
    await t.page.goto(t.page.url());
    await t.page.locator('table.results').waitFor();
    expect(asSets(await tableRows())).toEqual(asSets(before));
    // The form is rebuilt from the link's id and shows the actor's name once the page has looked it up.
    await expect.poll(() => t.page.inputValue('.report-form .picker-input')).toBe('Azerbaijan');

    // The Cypher on request: the report file the API serves.
    const detail = await t.h.api<ReportDetail>('/reports/statements-about');
    await t.page.click('#cypher-toggle');
    await t.page.locator('pre.cypher').waitFor();
    expect(await t.page.locator('pre.cypher code').textContent()).toBe(detail.cypher);
    expect(param('cypher')).toBe('1');
  });

  it('shows a graph report in the network view', async () => {
    await chooseReport('tie-network');
    await pickActor(t.page, '.report-form .picker-input', 'armenia', 'Armenia');
    await t.page.fill('.report-form input[type="number"]', '1');
    await t.page.click('#report-run');
    await t.page.locator('table.results').waitFor();
    const api = await t.h.api<RunResult>('/reports/tie-network/run?actor=armenia&depth=1');
    expect(api.graph!.nodes.length).toBeGreaterThan(3);
    expect(await t.page.locator('table.results tbody tr').count()).toBe(api.rows.length);

    await t.page.click('button:text-is("Show in the network")');
    await waitForGraph(t.page);
    expect(param('rgraph')).toBe('1');
    await t.page.locator('.report-banner', { hasText: 'Alliance and office network' }).waitFor();
    const drawn = await t.page.evaluate(() => ({
      nodes: window.stancegraph!.cy.nodes().map((n) => n.id()).sort(),
      edges: window.stancegraph!.cy.edges().map((e) => e.id()).sort(),
    }));
    expect(drawn.nodes).toEqual(api.graph!.nodes.map((n) => n.data.id).sort());
    expect(drawn.edges).toEqual([...new Set(api.graph!.edges.map((e) => `${e.data.source}>${e.data.target}>${e.data.type}`))].sort());
    await t.h.shot(t.page, 'report-graph');

    await t.page.click('.report-banner button:text-is("Whole network")');
    await expect.poll(() => t.page.evaluate(() => window.stancegraph!.cy.nodes().length)).toBeGreaterThan(drawn.nodes.length);
  });

  it('puts the API\'s messages next to the parameters they name', async () => {
    await chooseReport('tie-network');
    await pickActor(t.page, '.report-form .picker-input', 'armenia', 'Armenia');
    await t.page.fill('.report-form input[type="number"]', '9');
    await t.page.click('#report-run');
    const refused = await fetch(`${t.h.url}/api/reports/tie-network/run?actor=armenia&depth=9`);
    expect(refused.status).toBe(400);
    const problem = await refused.json() as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([{ field: 'params.depth', message: 'must be at most 3' }]);
    await expect.poll(() => fieldError('Depth').innerText()).toContain('must be at most 3');
    expect(await t.page.getAttribute('.report-form input[type="number"]', 'aria-invalid')).toBe('true');
    expect(await t.page.locator('.report-form .form-summary').innerText()).toContain('The report did not run');
    await t.h.shot(t.page, 'report-validation');

    // An actor that is not in the graph: the API's 404 names the parameter, and the message goes next to it.
    await t.page.fill('.report-form input[type="number"]', '1');
    await t.page.fill('.report-form .picker-input', 'nobody-at-all');
    await t.page.click('#report-run');
    await expect.poll(() => fieldError('Actor (required)').innerText()).toContain('No actor has the id "nobody-at-all"');
    expect(await fieldError('Depth').isVisible()).toBe(false);
  });

  it('works on a narrow screen: the list folds away once a report is chosen', async () => {
    const narrow = await t.h.page({ width: 390, height: 844 });
    await narrow.goto(`${t.h.url}/?view=reports&report=most-vocal&run=1`);
    await narrow.locator('table.results').waitFor();
    expect(await narrow.locator('details.report-catalog').getAttribute('open')).toBeNull();
    const right = await narrow.evaluate(() => Math.max(...['.report', '.report-form', '.results-bar'].map((s) => document.querySelector(s)!.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(390);
    await t.h.shot(narrow, 'report-narrow');
  });
});

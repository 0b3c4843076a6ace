// The reports API over the seeded database of the engine under test: the catalog, a report's text, runs by POST and
// by shareable GET, validation errors and unknown actors, and the OpenAPI document.
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { ENGINE, onNeo4j } from '../helpers/engine.js';
import { REPORT_CASES } from '../cross-engine/requests.js';
import { runReport, type RunBody, useSeededApp } from './harness.js';

const ctx = useSeededApp();
/**
 * The reports' list columns. silent-allies.sharedMemberships is not among them: no two actors of the seed share two
 * memberships, so it never holds more than one item here.
 */
const LIST_COLUMNS = [
  'bloc-reactions.statementIds', 'escalation.speakers', 'first-hostile.statementIds', 'position-sides.statementIds', 'said-about.sources',
  'source-coverage.sourceTitles', 'statements-about.statementIds', 'statements-by.about',
];

interface Summary { name: string; title: string; graph: boolean; params: { name: string; type: string; required: boolean; default: unknown; values?: string[] }[] }
const get = async (url: string) => {
  const res = await ctx.app.inject({ method: 'GET', url });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.json() };
};

describe('GET /api/reports', () => {
  it('lists every report with its description and parameters', async () => {
    const { status, body } = await get('/api/reports');
    expect(status).toBe(200);
    const items = body.items as Summary[];
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(items.map((i) => i.name)).toEqual([...items.map((i) => i.name)].sort());
    expect(items.find((i) => i.name === 'statements-about')).toMatchObject({
      title: 'Statements about an actor', graph: false,
      params: expect.arrayContaining([{ name: 'target', type: 'actorId', required: true, default: null, description: 'The actor spoken about' }]),
    });
    expect(items.find((i) => i.name === 'tie-network')!.params.find((p) => p.name === 'depth')).toMatchObject({ type: 'integer', min: 1, max: 3, default: 2 });
  });

  it("gives a report's metadata and the Cypher the engine in use runs", async () => {
    const { status, body } = await get('/api/reports/connection');
    expect(status).toBe(200);
    const dialect = onNeo4j ? 'neo4j' : 'ladybug';
    expect(body).toMatchObject({ name: 'connection', graph: true, dialect, file: `cypher/reports/connection.${dialect}.cypher` });
    expect(body.cypher).toMatch(/^\/\/ @title Connection between two actors/);
    // Each engine's own shortest-path syntax.
    expect(body.cypher).toContain(onNeo4j ? 'allShortestPaths' : 'ALL SHORTEST');
  });

  it('answers 404 for a report that does not exist, and 400 for a name that cannot be one', async () => {
    const missing = await get('/api/reports/no-such-report');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    expect(missing.body.detail).toMatch(/No report is named "no-such-report"/);
    expect((await get('/api/reports/Bad%20Name')).status).toBe(400);
  });
});

describe('running a report', () => {
  it('gives the same answer by shareable GET as by POST', async () => {
    const shared = await get('/api/reports/statements-about/run?target=russia&undated=false&from=2023-09-01');
    const posted = await runReport(ctx.app, 'statements-about', { target: 'russia', undated: false, from: '2023-09-01' });
    expect(shared.status).toBe(200);
    expect((shared.body as RunBody).rows).toEqual(posted.body.rows);
    expect(posted.body.columns).toEqual(['speaker', 'speakerName', 'stance', 'statements', 'firstDate', 'firstDatePrecision', 'lastDate', 'lastDatePrecision', 'statementIds']);
    expect(posted.body.meta).toMatchObject({ rowCount: posted.body.rows.length, truncated: false, backend: ENGINE });
    expect(posted.body.graph).toBeUndefined();
  });

  it('answers 400 naming every invalid parameter', async () => {
    const { status, type, body } = await get('/api/reports/statements-by/run?speaker=russia&limit=0&from=19-09-2023&stance=hugs&colour=red');
    expect(status).toBe(400);
    expect(type).toContain('application/problem+json');
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['params.colour', 'params.from', 'params.limit', 'params.stance']);
    expect(body.detail).toMatch(/params\.limit must be at least 1/);
  });

  it('answers 400 when a required parameter is missing', async () => {
    const { status, body } = await runReport(ctx.app, 'said-about', { speaker: 'russia' });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('params.target is required');
  });

  it('answers 404 naming an actor id that does not exist, and takes "" for an optional actor', async () => {
    const { status, body } = await runReport(ctx.app, 'bloc-reactions', { bloc: 'csto', target: 'atlantis' });
    expect(status).toBe(404);
    expect((body as unknown as { detail: string }).detail).toBe('No actor has the id "atlantis" (parameter target)');
    expect((await runReport(ctx.app, 'escalation', { target: '', speaker: 'azerbaijan' })).status).toBe(200);
  });

  it('runs every report in the catalog with its defaults', async () => {
    const items = (await get('/api/reports')).body.items as Summary[];
    for (const report of items) {
      const required = Object.fromEntries(report.params.filter((p) => p.required).map((p) => [p.name, p.type === 'actorId' ? 'azerbaijan' : p.values?.[0] ?? '']));
      const { status, body } = await runReport(ctx.app, report.name, required);
      expect({ report: report.name, status }).toEqual({ report: report.name, status: 200 });
      expect(body.meta.backend).toBe(ENGINE);
      expect(body.graph !== undefined).toBe(report.graph);
    }
  });
});

/** True when every item comes after the one before it in code-point order (UTF-8 bytes), as both engines compare strings. */
const inOrder = (items: unknown[]) => items.every((x, i) => i === 0 || Buffer.compare(Buffer.from(String(items[i - 1])), Buffer.from(String(x))) <= 0);
/** List cells whose order follows another list of the same row rather than their own values. */
const FOLLOWS: Record<string, string> = { 'first-hostile.stances': 'statementIds' };

describe('the lists in a report row', () => {
  it('come sorted, so the same request gives the same answer on every run and engine', async () => {
    const unsorted: string[] = [];
    const checked = new Set<string>();
    for (const [name, params] of REPORT_CASES) {
      const { status, body } = await runReport(ctx.app, name, params);
      expect({ name, params, status }).toEqual({ name, params, status: 200 });
      for (const row of body.rows) {
        for (const [column, cell] of Object.entries(row)) {
          if (!Array.isArray(cell) || `${name}.${column}` in FOLLOWS) continue;
          if (cell.length > 1) checked.add(`${name}.${column}`);
          if (!inOrder(cell)) unsorted.push(`${name} ${JSON.stringify(params)} ${column}: ${JSON.stringify(cell)}`);
        }
      }
    }
    expect(unsorted).toEqual([]);
    // Each list column seen with more than one item at least once.
    expect([...checked].sort()).toEqual(LIST_COLUMNS);
  });
});

describe('the OpenAPI document', () => {
  it('documents the reports routes and validates as OpenAPI 3', async () => {
    const doc = (await get('/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/reports', '/api/reports/{name}', '/api/reports/{name}/run', '/api/query']));
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeTruthy();
  });
});

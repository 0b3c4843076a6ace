// `npm run report`: the command line against a seeded embedded database in a temporary DATA_DIR.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../server/domain/dataset.js';
import { seedDataset, type RunBody } from './harness.js';
import { facts, unique } from './seed-facts.js';

const TSX = path.resolve('node_modules/.bin/tsx');
let dataDir: string;
let data: Dataset;

function tsx(script: string, args: string[]) {
  const env = { ...process.env, DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'warn' };
  const run = spawnSync(TSX, [script, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const report = (...args: string[]) => tsx('server/reports/cli.ts', args);

beforeAll(async () => {
  // Seeded by `npm run seed` in its own process: the embedded database keeps its file lock for as
  // long as the process that opened it lives, and the command line needs it.
  dataDir = mkdtempSync(path.join(tmpdir(), 'stancegraph-cli-'));
  expect(tsx('seed/main.ts', []).code).toBe(0);
  data = await seedDataset();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('--list names every report with its parameters', () => {
    const { code, stdout } = report('--list');
    expect(code).toBe(0);
    for (const name of ['statements-about', 'connection', 'stance-matrix', 'escalation']) expect(stdout).toContain(`${name}`);
    expect(stdout).toContain('--param target=<actorId>  (required) The actor spoken about');
    expect(stdout).toContain('--param depth=<integer 1..3>  (default 2)');
  });

  it('runs a report as JSON with the content the seed data gives', () => {
    const { code, stdout, stderr } = report('said-about', '--param', 'speaker=russia', '--param', 'target=azerbaijan', '--param', 'viaOffice=true', '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as RunBody;
    const f = facts(data);
    const holders = data.ties.filter((t) => t.type === 'HOLDS_OFFICE' && t.to === 'russia').map((t) => t.from);
    const expected = unique(f.actorMentions.filter((m) => m.target === 'azerbaijan' && ['russia', ...holders].includes(m.speaker)).map((m) => m.statement)).sort();
    expect(unique(result.rows.map((r) => String(r.statement))).sort()).toEqual(expected);
    expect(result.meta.backend).toBe('embedded');
    expect(stderr).toMatch(/rows? in \d+ ms on the embedded database/);
  });

  it('writes CSV with a header and one line per row', () => {
    const { code, stdout } = report('position-sides', '-p', 'position=peacekeepers-told-in-advance', '--format', 'csv');
    expect(code).toBe(0);
    const csvLines = stdout.trim().split('\r\n');
    expect(csvLines[0]).toBe('position,positionLabel,side,actor,actorName,statements,statementIds');
    expect(csvLines.slice(1).map((l) => l.split(',')[2])).toEqual(expect.arrayContaining(['supports', 'rejects']));
  });

  it('prints an aligned table by default', () => {
    const { code, stdout } = report('tie-network', '--param', 'actor=csto', '--param', 'depth=1');
    expect(code).toBe(0);
    const [head, rule, ...rows] = stdout.trimEnd().split('\n');
    expect(head).toMatch(/^source\s+sourceName\s+type\s+target/);
    expect(rule).toMatch(/^-+\s+-+/);
    expect(rows.join('\n')).toContain('MEMBER_OF');
  });

  it('a table shows dates as precisely as they are known; CSV keeps the ISO date and its precision', () => {
    const table = report('escalation').stdout;
    expect(table).toMatch(/^Oct 2020\s+month\s+1\s/m);
    expect(table).not.toMatch(/^\d{4}-\d{2}-\d{2}\s/m);
    expect(report('escalation', '--format', 'csv').stdout).toContain('\r\n2020-10-01,month,1,');
  });

  it.each([
    [['statements-by', '--param', 'speaker=russia', '--param', 'limit=9999'], /params\.limit must be at most 5000/],
    [['statements-by', '--param', 'speaker=nobody'], /No actor has the id "nobody" \(parameter speaker\)/],
    [['statements-by'], /params\.speaker is required/],
    [['no-such-report'], /No report is named "no-such-report"/],
    [['statements-by', '--param', 'speaker'], /--param takes name=value/],
    [['statements-by', '--param', 'speaker=russia', '--format', 'xml'], /--format must be one of table, csv, json/],
    [[], /name a report, or --list/],
  ])('exits 2 with the same message as the API on bad input: %s', (args, message) => {
    const { code, stderr } = report(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});

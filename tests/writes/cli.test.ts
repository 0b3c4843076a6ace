// The command lines, run as a user would in child processes against the engine under test (a temp DATA_DIR, or Neo4j): import (dry run,
// a bad row, applied), export (json, csv folder, graphml), token; and a serving process never logs a token.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findToken, parseTokens } from '../../server/auth/tokens.js';
import { exitOf, run, startServer } from '../helpers/processes.js';
import { FIXTURE, tempDir } from '../helpers/stores.js';
import { API_TOKENS, TOKENS } from './harness.js';

const tmp = tempDir();
const DATA_DIR = path.join(tmp.dir, 'db');
const env = { DATA_DIR };
const file = (name: string, text: string) => { const f = path.join(tmp.dir, name); writeFileSync(f, text); return f; };
const HEADER = 'speaker,about,stance,date,channel,quote,source_url,source_title';

beforeAll(async () => {
  const seeded = await run('seed/main.ts', [FIXTURE], env);
  expect(seeded.code, seeded.stderr).toBe(0);
});
afterAll(() => tmp.remove());

describe('npm run import', () => {
  const good = `${HEADER}\nstate-a,state-b:warns;bloc-c:urges,,2023-09-23,press statement,"We warn B.",https://example.org/cli,CLI test\n`;

  it('dry-runs a file and applies nothing', async () => {
    const r = await run('server/io/import/cli.ts', [file('good.csv', good), '--dry-run'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/would create:\n {2}source src-example-org-\w+\n {2}statement state-a-2023-09-23-\w+/);
    expect(r.stdout).toMatch(/Dry run, nothing applied: 2 created, 0 updated, 0 unchanged/);
  });

  it('refuses a file with a bad row, naming row and field, and exits 2 (input refused, nothing written)', async () => {
    const r = await run('server/io/import/cli.ts', [file('bad.csv', `${good}ghost,state-b,warns,2023-09-23,press statement,"Boo.",https://example.org/cli,CLI test\n`)], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/1 problem\(s\); nothing was applied/);
    expect(r.stderr).toMatch(/row 3, statement "ghost-2023-09-23-\w+", speaker: speaker "ghost" is not a known actor/);
  });

  it('applies a good file', async () => {
    const r = await run('server/io/import/cli.ts', [file('good.csv', good), '--reason', 'cli test'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Applied \(change chg-[\w-]+\): 2 created, 0 updated, 0 unchanged/);
  });
});

describe('npm run export', () => {
  it('writes the JSON export to a file, with counts and checksum on stderr', async () => {
    const out = path.join(tmp.dir, 'graph.json');
    const r = await run('server/io/export/cli.ts', ['--format', 'json', '--out', out], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/statements 5, .*checksum sha256:[0-9a-f]{64}/);
    expect(JSON.parse(readFileSync(out, 'utf8')).statements.some((s: { quote: string }) => s.quote === 'We warn B.')).toBe(true);
  });

  it('writes the neo4j-admin CSV files to a folder, and GraphML to stdout', async () => {
    const dir = path.join(tmp.dir, 'csv');
    const csv = await run('server/io/export/cli.ts', ['--format', 'csv', '--out', dir], env);
    expect(csv.code, csv.stderr).toBe(0);
    for (const f of ['nodes-Actor.csv', 'relationships-SAID.csv', 'import.sh']) expect(existsSync(path.join(dir, f))).toBe(true);
    const graphml = await run('server/io/export/cli.ts', ['--format', 'graphml', '--speaker', 'state-a'], env);
    expect(graphml.code, graphml.stderr).toBe(0);
    expect(graphml.stdout).toMatch(/^<\?xml[\s\S]*<graphml[\s\S]*<node id="state-a">/);
  });

  it('refuses an unknown format', async () => {
    expect((await run('server/io/export/cli.ts', ['--format', 'pdf'], env)).code).toBe(2);
  });
});

describe('npm run token', () => {
  it('makes a token and the API_TOKENS entry that accepts it', async () => {
    const r = await run('server/auth/cli.ts', ['new', 'alice', 'editor'], {});
    expect(r.code).toBe(0);
    const token = /token .*: (\S+)/.exec(r.stdout)![1]!;
    const entry = /API_TOKENS entry: (\S+)/.exec(r.stdout)![1]!;
    expect(entry).not.toContain(token);
    expect(findToken(parseTokens(entry).tokens, token)).toEqual({ name: 'alice', role: 'editor' });
  });
});

describe('a serving process', () => {
  it('never writes a token to its log, even at trace level', async () => {
    const server = await startServer({ DATA_DIR, API_TOKENS, LOG_LEVEL: 'trace' });
    try {
      const res = await fetch(`${server.url}/api/actors`, {
        method: 'POST', headers: { authorization: `Bearer ${TOKENS.editor}`, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'logged', name: 'Logged', kind: 'group' }),
      });
      expect(res.status).toBe(201);
      await fetch(`${server.url}/api/actors`, { method: 'POST', headers: { authorization: 'Bearer wrong-token-value' } });
    } finally {
      server.child.kill('SIGTERM');
      await exitOf(server.child);
    }
    expect(server.output()).toMatch(/request completed|incoming request/);
    expect(server.output()).not.toContain(TOKENS.editor);
    expect(server.output()).not.toContain('wrong-token-value');
  });
});

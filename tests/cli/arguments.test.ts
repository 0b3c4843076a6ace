// Every command line refuses bad arguments the same way: one "error: …" line naming the option and
// the value, the usage, exit code 2, no stack trace, and nothing done (no database, no output folder).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArguments, UsageError, valid, wholeNumber, wholeNumbers, oneOf } from '../../server/cli/args.js';
import { isoDate } from '../../server/schemas/params.js';
import { run } from '../helpers/processes.js';
import { tempDir } from '../helpers/stores.js';

const tmp = tempDir('stancegraph-cli-args-');
afterAll(() => tmp.remove());

// [script, arguments, extra environment, what stderr must say]
const cases: [string, string[], Record<string, string>, RegExp][] = [
  ['server/io/export/cli.ts', ['--bogus'], {}, /unknown option --bogus: the options are --format, --out/],
  ['server/io/export/cli.ts', ['--format', 'pdf'], {}, /--format must be one of json, graphml, gexf, cytoscape, csv, not "pdf"/],
  ['server/io/export/cli.ts', ['--from', 'yesterday'], {}, /--from must be a date written YYYY-MM-DD, not "yesterday"/],
  ['server/io/export/cli.ts', ['--actor', 'state-a', '--depth', '4'], {}, /--depth must be a whole number from 1 to 3, not "4"/],
  ['server/io/import/cli.ts', ['tests/fixtures/mini.json', '--as'], {}, /--as needs a value, and none was given/],
  ['server/io/import/cli.ts', ['tests/fixtures/mini.json', '--dry-run=yes'], {}, /--dry-run takes no value, not "yes"/],
  ['server/io/import/cli.ts', ['no-such-file.csv'], {}, /cannot read the file "no-such-file\.csv" \(ENOENT/],
  ['bench/run.ts', ['--scale', '1e7'], {}, /--scale must be one of seed, 1e5, 1e6, not "1e7"/],
  ['bench/run.ts', ['--connections', 'x'], {}, /--connections must be whole numbers of at least 1, separated by commas, not "x"/],
  ['bench/run.ts', ['--duration', '-1'], {}, /--duration must be a whole number of at least 1, not "-1"/],
  ['bench/run.ts', ['--samples', '0'], {}, /--samples must be a whole number of at least 1, not "0"/],
  ['bench/generate.ts', ['--actors', '-5', '--statements', '10'], {}, /--actors must be a whole number of at least 10, not "-5"/],
  ['bench/generate.ts', ['--actors', '1'], {}, /--actors must be a whole number of at least 10, not "1" \(the generator needs 10 actors/],
  ['bench/generate.ts', ['--seed', '4294967296'], {}, /--seed must be a whole number from 0 to 4294967295, not "4294967296" \(the generator takes a 32-bit seed\)/],
  ['bench/web.ts', ['--nodes', '5'], {}, /unknown option --nodes: this command takes no options/],
  ['bench/web.ts', [], { BENCH_RUNS: 'x' }, /BENCH_RUNS must be a whole number of at least 1, not "x"/],
  ['seed/main.ts', ['--bogus'], {}, /unknown option --bogus: the options are --bulk/],
  ['seed/main.ts', ['--bulk=yes'], {}, /--bulk takes no value, not "yes"/],
  ['seed/check.ts', ['extra'], {}, /unexpected argument "extra": this command takes no arguments/],
  ['seed/stats.ts', ['--verbose'], {}, /unknown option --verbose: this command takes no options/],
  ['server/auth/cli.ts', ['new', 'alice', 'boss'], {}, /<role> must be one of reader, editor, admin, not "boss"/],
  ['server/auth/cli.ts', ['new', 'alice smith', 'editor'], {}, /<name> must be 1-64 letters, .*, not "alice smith"/],
  ['server/reports/cli.ts', ['--bogus'], {}, /unknown option --bogus: the options are --list, --param, --format/],
  ['server/reports/cli.ts', ['statements-by', '--format'], {}, /--format needs a value, and none was given/],
];

describe.concurrent('bad command-line arguments', () => {
  it.each(cases.map(([script, args, env, message], i) => ({ script, args, env, message, i })))('$script $args', async ({ script, args, env, message, i }) => {
    // A database folder and an output folder that must still not exist afterwards.
    const dataDir = path.join(tmp.dir, `db-${i}`);
    const out = path.join(tmp.dir, `out-${i}`);
    const r = await run(script, [...args, ...(script === 'bench/generate.ts' ? ['--out', out] : [])], { DATA_DIR: dataDir, ...env });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: ${message.source}`, 'm'));
    expect(r.stderr).toMatch(/usage:/i);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^ {4}at /m);
    expect(r.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await run('bench/generate.ts', ['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run bench:generate -- --actors N --statements M/);
  });

  it('good arguments still work as before', async () => {
    const out = path.join(tmp.dir, 'generated');
    const r = await run('bench/generate.ts', ['--actors', '10', '--statements', '20', '--out', out], {});
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Wrote \d+ seed file\(s\) to .*: 10 actors, 20 statements, \d+ relationships/);
    expect(readdirSync(out).length).toBeGreaterThan(0);
  });
});

describe('parseArguments and its checks', () => {
  const options = { out: { type: 'string' }, dry: { type: 'boolean' }, n: { type: 'string', default: '1' } } as const;
  const refused = (f: () => unknown) => { try { f(); } catch (e) { expect(e).toBeInstanceOf(UsageError); return (e as Error).message; } throw new Error('not refused'); };

  it('gives the values strict parseArgs would', () => {
    expect(parseArguments(['--out', 'x', '--dry', 'file'], { options, positionals: true })).toEqual({ values: { out: 'x', dry: true, n: '1' }, positionals: ['file'] });
    expect(parseArguments(['--out=-x', '--n', '-3'], { options }).values).toEqual({ out: '-x', n: '-3' });
  });

  it('names an unknown option, a missing value, a value given to a flag and a stray argument', () => {
    expect(refused(() => parseArguments(['--bogus=1'], { options }))).toBe('unknown option --bogus=1: the options are --out, --dry, --n');
    expect(refused(() => parseArguments(['-x'], {}))).toBe('unknown option -x: this command takes no options');
    expect(refused(() => parseArguments(['--out'], { options }))).toBe('--out needs a value, and none was given');
    expect(refused(() => parseArguments(['--out', '--dry'], { options }))).toBe('--out needs a value, not the option "--dry" (write --out=--dry if that is the value)');
    expect(refused(() => parseArguments(['--dry=no'], { options }))).toBe('--dry takes no value, not "no"');
    expect(refused(() => parseArguments(['file'], { options }))).toBe('unexpected argument "file": this command takes options only');
  });

  it('checks whole numbers, lists of them, choices and schema values', () => {
    expect(wholeNumber('--n', '1e3', { min: 1 })).toBe(1000);
    expect(refused(() => wholeNumber('--n', '', { min: 1 }))).toBe('--n must be a whole number of at least 1, not ""');
    expect(refused(() => wholeNumber('--n', '2.5', { min: 1, max: 3, why: 'three at most' }))).toBe('--n must be a whole number from 1 to 3, not "2.5" (three at most)');
    expect(wholeNumbers('--c', '1, 4,16', { min: 1 })).toEqual([1, 4, 16]);
    expect(refused(() => wholeNumbers('--c', '1,,4', { min: 1 }))).toBe('--c must be whole numbers of at least 1, separated by commas, not "1,,4"');
    expect(oneOf('--f', 'csv', ['json', 'csv'])).toBe('csv');
    expect(refused(() => oneOf('--f', 'xml', ['json', 'csv']))).toBe('--f must be one of json, csv, not "xml"');
    expect(valid('--from', undefined, isoDate.optional())).toBeUndefined();
    expect(refused(() => valid('--from', '2023-13-01', isoDate))).toBe('--from must be a date written YYYY-MM-DD, not "2023-13-01"');
  });
});

// The command-line arguments of every project CLI. Bad input (an unknown option, an option without
// its value, a malformed value) gets one line, "error: …", naming the option, the value given and
// what is expected, then the tool's usage, and exit code 2: no stack trace, and nothing done, since
// every argument is checked before the command starts its work.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

export interface CommandLine<O extends Options> {
  usage: string;
  options?: O;
  /** Whether the command takes arguments other than options (files, names). */
  positionals?: boolean;
}

/** Bad input on the command line; the message names the option, the value given and what is expected. */
export class UsageError extends Error {}

// A value such as "--dry-run" after an option that needs one is a forgotten value, not the value;
// a negative number is a value (and gets its own message from the check that reads it).
const looksLikeOption = (value: string) => value.startsWith('-') && Number.isNaN(Number(value));

/** Like util.parseArgs in strict mode, but each problem is a UsageError that names the option and value. */
export function parseArguments<O extends Options>(argv: readonly string[], { options = {} as O, positionals = false }: Omit<CommandLine<O>, 'usage'>) {
  // Not strict: the tokens then carry what was wrong, which strict mode only puts in prose.
  const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  const known = Object.keys(options).map((name) => `--${name}`);
  for (const t of parsed.tokens) {
    if (t.kind === 'positional' && !positionals) throw new UsageError(`unexpected argument "${t.value}": this command takes ${known.length > 0 ? 'options only' : 'no arguments'}`);
    if (t.kind !== 'option') continue;
    const type = Object.hasOwn(options, t.name) ? options[t.name]!.type : undefined;
    if (type === undefined) {
      const expected = known.length > 0 ? `the options are ${known.join(', ')}` : 'this command takes no options';
      throw new UsageError(`unknown option ${t.rawName}${t.inlineValue ? `=${t.value}` : ''}: ${expected}`);
    }
    if (type === 'boolean' && t.value !== undefined) throw new UsageError(`${t.rawName} takes no value, not "${t.value}"`);
    if (type === 'string') {
      if (t.value === undefined) throw new UsageError(`${t.rawName} needs a value, and none was given`);
      if (!t.inlineValue && looksLikeOption(t.value)) throw new UsageError(`${t.rawName} needs a value, not the option "${t.value}" (write ${t.rawName}=${t.value} if that is the value)`);
    }
  }
  // Every token matched its option's type above, so the values are what strict mode would give.
  return { values: parsed.values as Parsed<O>['values'], positionals: parsed.positionals };
}

/**
 * Reads process.argv for a command: `check` turns the parsed options into what the command uses,
 * throwing a UsageError for a bad one. --help (or -h) prints the usage and exits 0; a usage error
 * prints "error: …" and the usage to stderr and exits 2.
 */
export function commandLine<const O extends Options, T>(cli: CommandLine<O>, check: (args: ReturnType<typeof parseArguments<O>>) => T, argv = process.argv.slice(2)): T {
  try {
    const help = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, strict: false }).values.help === true;
    if (help) {
      console.log(cli.usage);
      process.exit(0);
    }
    return check(parseArguments(argv, cli));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`error: ${e.message}\n${cli.usage}`);
    process.exit(2);
  }
}

interface Bounds {
  min?: number;
  max?: number;
  /** Why the bounds are what they are, for the message. */
  why?: string;
}

const isWhole = (value: string, { min = -Infinity, max = Infinity }: Bounds) => {
  const n = Number(value);
  return value.trim() !== '' && Number.isSafeInteger(n) && n >= min && n <= max;
};

function range({ min, max }: Bounds): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  return max !== undefined ? ` of at most ${max}` : '';
}

const refuse = (name: string, expected: string, value: string, why?: string) => new UsageError(`${name} must be ${expected}, not "${value}"${why ? ` (${why})` : ''}`);

/** A whole number within bounds, e.g. wholeNumber('--samples', '40', { min: 1 }). */
export function wholeNumber(name: string, value: string, bounds: Bounds = {}): number {
  if (!isWhole(value, bounds)) throw refuse(name, `a whole number${range(bounds)}`, value, bounds.why);
  return Number(value);
}

/** A comma-separated list of whole numbers within bounds, e.g. "1,4,16". */
export function wholeNumbers(name: string, value: string, bounds: Bounds = {}): number[] {
  const parts = value.split(',');
  if (!parts.every((p) => isWhole(p, bounds))) throw refuse(name, `whole numbers${range(bounds)}, separated by commas`, value, bounds.why);
  return parts.map(Number);
}

/** One of a list of choices. */
export function oneOf<const C extends string>(name: string, value: string, choices: readonly C[]): C {
  if (!(choices as readonly string[]).includes(value)) throw refuse(name, `one of ${choices.join(', ')}`, value);
  return value as C;
}

/** A value the API's own schema accepts (dates, ids, reasons), so the command and the API agree; `schema.optional()` lets it be absent. */
export function valid<T>(name: string, value: string | undefined, schema: z.ZodType<T>): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${name} ${result.error.issues[0]!.message}, not "${value}"`);
  return result.data;
}

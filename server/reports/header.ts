// The header of a saved report: the leading `//` lines of its file, read into metadata and validated.
//
//   // @title Statements about an actor
//   // @description Who spoke about an actor, grouped by speaker and stance.
//   // @param target actorId required "The actor spoken about"
//   // @param depth integer(1,3) default=2 "How many steps to follow"
//   // @param stance enum(any,condemns,threatens) default=any "Only this stance"
//   // @param position string default="" "A position id; empty for all"
//   // @graph
//
// A parameter is `@param <name> <type> required|default=<value> "<description>"`, its type one of
// string, actorId, date (YYYY-MM-DD), boolean, integer(min,max) or enum(a,b,c) (values without spaces).
// Every parameter is either required or has a default: the engines take no null parameters.
// `@graph` says the rows are edges the server can draw (see graph.ts). Other `//` lines are notes.
import { z } from 'zod';
import { PARAM_TYPES, type ParamType } from '../domain/report-vocabulary.js';
import { valueSchema } from './param-schema.js';

export type ParamValue = string | number | boolean;

export interface ParamSpec {
  name: string; type: ParamType; required: boolean; default?: ParamValue; description: string;
  min?: number; max?: number; values?: string[];
}
export interface ReportMeta { title: string; description: string; graph: boolean; params: ParamSpec[] }

export class ReportHeaderError extends Error {
  override name = 'ReportHeaderError';
}

const NAME = /^[a-z][A-Za-z0-9]*$/;
// Words an engine reserves ($all fails in LadybugDB), refused as parameter names.
const RESERVED_NAMES = new Set(['all', 'any', 'none', 'single', 'exists', 'count', 'null', 'true', 'false']);

const Param = z.object({
  name: z.string().regex(NAME, 'must start with a lowercase letter and hold only letters and digits')
    .refine((n) => !RESERVED_NAMES.has(n.toLowerCase()), 'is a reserved word'),
  type: z.enum(PARAM_TYPES),
  required: z.boolean(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  description: z.string().min(1, 'needs a description').max(500),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  values: z.array(z.string().regex(/^[\w.-]+$/, 'enum values are words')).min(1).optional(),
}).superRefine((p, ctx) => {
  if (p.required && p.default !== undefined) ctx.addIssue({ code: 'custom', message: 'is required, so it takes no default' });
  if (!p.required && p.default === undefined) ctx.addIssue({ code: 'custom', message: 'needs "required" or a default' });
  if (p.min !== undefined && p.max !== undefined && p.min > p.max) ctx.addIssue({ code: 'custom', message: 'has min above max' });
});

const Meta = z.object({
  title: z.string().min(1, 'is missing').max(120),
  description: z.string().min(1, 'is missing').max(2000),
  graph: z.boolean(),
  params: z.array(Param).refine((ps) => new Set(ps.map((p) => p.name)).size === ps.length, 'declare a parameter twice'),
});

/** The leading comment block of a report file. */
export function headerLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    if (!t.startsWith('//')) break;
    lines.push(t.slice(2).trim());
  }
  return lines;
}

export function parseHeader(text: string): ReportMeta {
  const raw = { title: '', description: '', graph: false, params: [] as unknown[] };
  for (const line of headerLines(text)) {
    const tag = /^@(\w+)\s*(.*)$/.exec(line);
    if (!tag) continue;
    const [, name = '', rest = ''] = tag;
    if (name === 'title' || name === 'description') raw[name] = rest.trim();
    else if (name === 'graph') raw.graph = true;
    else if (name === 'param') raw.params.push(parseParam(rest));
    else throw new ReportHeaderError(`unknown header tag @${name}`);
  }
  const parsed = Meta.safeParse(raw);
  if (!parsed.success) {
    throw new ReportHeaderError(parsed.error.issues.map((i) => `${describePath(raw, i.path)} ${i.message}`).join('; '));
  }
  for (const p of parsed.data.params) checkDefault(p);
  return parsed.data;
}

function describePath(raw: { params: unknown[] }, path: PropertyKey[]): string {
  if (path[0] !== 'params' || typeof path[1] !== 'number') return `@${String(path[0] ?? 'header')}`;
  const param = raw.params[path[1]] as { name?: string };
  return `@param ${param?.name ?? `#${path[1] + 1}`}${path[2] ? ` ${String(path[2])}` : ''}`;
}

/** Splits `name type flag... "description"` into words, keeping quoted text (and key="quoted text") whole. */
function words(text: string): string[] {
  return [...text.matchAll(/(?:[A-Za-z]+=)?"(?:[^"\\]|\\.)*"|\S+/g)].map((m) => m[0]);
}
const unquote = (s: string) => (/^".*"$/.test(s) ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s);

function parseParam(text: string): Record<string, unknown> {
  const [name = '', typeSpec = '', ...flags] = words(text);
  const description = flags.length > 0 && /^".*"$/.test(flags[flags.length - 1]!) ? unquote(flags.pop()!) : '';
  const type = /^(\w+)(?:\((.*)\))?$/.exec(typeSpec);
  const out: Record<string, unknown> = { name, type: type?.[1] ?? typeSpec, required: false, description };
  const args = type?.[2]?.split(',').map((a) => a.trim()) ?? [];
  if (out.type === 'integer') {
    if (args.length !== 2 || !args.every((a) => /^-?\d+$/.test(a))) throw new ReportHeaderError(`@param ${name}: integer needs (min,max), e.g. integer(1,100)`);
    [out.min, out.max] = args.map(Number);
  } else if (out.type === 'enum') {
    if (args.length === 0 || args.some((a) => a === '')) throw new ReportHeaderError(`@param ${name}: enum needs its values, e.g. enum(a,b,c)`);
    out.values = args;
  } else if (args.length > 0) {
    throw new ReportHeaderError(`@param ${name}: type ${out.type} takes no arguments`);
  }
  for (const flag of flags) {
    if (flag === 'required') out.required = true;
    else if (flag.startsWith('default=')) out.default = unquote(flag.slice('default='.length));
    else throw new ReportHeaderError(`@param ${name}: cannot read "${flag}" (expected required, default=<value> or a "quoted description" last)`);
  }
  return out;
}

/** The default is written as text; it must be a valid value of the parameter's type, and is stored typed. */
function checkDefault(p: ParamSpec): void {
  if (p.default === undefined) return;
  const parsed = valueSchema(p).safeParse(p.default);
  if (!parsed.success) throw new ReportHeaderError(`@param ${p.name} default "${String(p.default)}" ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  p.default = parsed.data as ParamValue;
}

// A report's parameters as a zod schema built from its header. Values may come typed (a JSON body)
// or as text (a query string, the command line); both are read the same way.
import { z } from 'zod';
import { ID_PATTERN } from '../schemas/params.js';
import type { FieldProblem } from '../domain/errors.js';
import type { ParamSpec, ParamValue, ReportMeta } from './header.js';

const MAX_TEXT = 500;

const fromText = (read: (s: string) => unknown) => (v: unknown) => (typeof v === 'string' ? read(v.trim()) : v);
const integerText = fromText((s) => (/^[+-]?\d+$/.test(s) ? Number(s) : s));
const booleanText = fromText((s) => ({ true: true, '1': true, yes: true, false: false, '0': false, no: false } as Record<string, boolean>)[s.toLowerCase()] ?? s);

/** The schema for one value of a parameter, whether or not it is required. */
export function valueSchema(p: Pick<ParamSpec, 'type' | 'required' | 'min' | 'max' | 'values'>): z.ZodType {
  switch (p.type) {
    case 'string':
      return z.string({ message: 'must be text' }).max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
    case 'actorId': {
      const actorId = z.string({ message: 'must be an actor id' }).max(200, 'must be at most 200 characters')
        .regex(ID_PATTERN, 'must be an actor id: lowercase letters, digits and hyphens');
      // An optional actor parameter takes "" for "no actor".
      return p.required ? actorId : z.union([z.literal(''), actorId], { message: 'must be an actor id, or empty for none' });
    }
    case 'date':
      return z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
    case 'boolean':
      return z.preprocess(booleanText, z.boolean({ message: 'must be true or false' }));
    case 'integer':
      return z.preprocess(integerText, z.number({ message: 'must be a whole number' }).int('must be a whole number')
        .min(p.min ?? Number.MIN_SAFE_INTEGER, `must be at least ${p.min}`)
        .max(p.max ?? Number.MAX_SAFE_INTEGER, `must be at most ${p.max}`));
    case 'enum':
      return z.enum(p.values as [string, ...string[]], { message: `must be one of: ${(p.values ?? []).join(', ')}` });
  }
}

export function paramsSchema(meta: ReportMeta) {
  const shape: Record<string, z.ZodType> = {};
  for (const p of meta.params) {
    const value = valueSchema(p);
    shape[p.name] = p.required ? value : value.default(p.default as never);
  }
  return z.strictObject(shape);
}

export type ParamsResult = { ok: true; params: Record<string, ParamValue> } | { ok: false; errors: FieldProblem[] };

/** Validates raw parameters against the report's header: unknown names, missing required ones and bad values are errors. */
export function validateParams(meta: ReportMeta, raw: Record<string, unknown>): ParamsResult {
  const parsed = paramsSchema(meta).safeParse(raw);
  if (parsed.success) return { ok: true, params: parsed.data as Record<string, ParamValue> };
  const errors = parsed.error.issues.flatMap((i): FieldProblem[] => {
    if (i.code === 'unrecognized_keys') {
      const known = meta.params.map((p) => p.name).join(', ') || 'none';
      return i.keys.map((k) => ({ field: `params.${k}`, message: `is not a parameter of this report (its parameters: ${known})` }));
    }
    const name = String(i.path[0] ?? '');
    const missing = i.code === 'invalid_type' && raw[name] === undefined;
    return [{ field: `params.${name}`, message: missing ? 'is required' : i.message }];
  });
  return { ok: false, errors };
}

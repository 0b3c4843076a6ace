// Query-string building blocks shared by the request schemas (and the CLIs' arguments): every input
// is bounded and named in errors.
import { z } from 'zod';
import { STANCES } from '../domain/stances.js';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const id = z.string().max(200).regex(ID_PATTERN, 'must be an id: lowercase letters, digits and hyphens');
export const isoDate = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });
export const text = (max = 200) => z.string().max(max, `must be at most ${max} characters`);

/** A parameter that may be given once or repeated (?speaker=a&speaker=b), or comma-separated; optional (none: []). */
export const idList = z.preprocess(
  (v) => (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean),
  z.array(id).max(50, 'at most 50 ids'),
).default([]);

/** Values from a closed list, given once, repeated or comma-separated. */
export const commaList = <T extends string>(values: readonly T[], what: string) => z.preprocess(
  (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean)),
  z.array(z.enum(values as [T, ...T[]], { message: `must be ${what}: ${values.join(', ')}` })).max(values.length * 2).optional(),
);

/** The stance filter, the same on every endpoint: any of these stances. */
export const stanceList = commaList(STANCES, 'stances');

export const paging = (defaultLimit = 50, maxLimit = 200) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).describe(`Items per page (1–${maxLimit})`),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Items to skip'),
});

/** A yes/no query parameter: true/false or 1/0. */
export const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const IdParams = z.object({ id });

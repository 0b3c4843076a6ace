// Bounds on the parameters of an ad-hoc query, checked before any engine sees them. LadybugDB binds a
// nested list parameter in time that doubles with each level (depth 24 took 14 s, depth 1000 froze the
// server), and no engine timeout covers the binding, so depth and size are refused up front.
import type { FieldProblem } from '../domain/errors.js';
import { depthOver } from '../domain/json-depth.js';

/** Levels of lists and maps inside one parameter: [[1]] is 2. */
export const MAX_PARAM_DEPTH = 8;
/** One parameter as JSON text, in bytes. */
export const MAX_PARAM_BYTES = 64 * 1024;
export const MAX_PARAMS = 100;

/** Every parameter that breaks a bound, named with the bound it breaks. */
export function paramProblems(params: Record<string, unknown>): FieldProblem[] {
  const names = Object.keys(params);
  if (names.length > MAX_PARAMS) return [{ field: 'params', message: `has ${names.length} parameters; at most ${MAX_PARAMS} are allowed` }];
  return names.flatMap((name): FieldProblem[] => {
    const field = `params.${name}`;
    const value = params[name];
    if (depthOver(value, MAX_PARAM_DEPTH)) return [{ field, message: `is nested more than ${MAX_PARAM_DEPTH} levels deep (lists and maps inside each other); at most ${MAX_PARAM_DEPTH} are allowed` }];
    const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
    if (bytes > MAX_PARAM_BYTES) return [{ field, message: `is ${bytes} bytes as JSON; at most ${MAX_PARAM_BYTES} are allowed` }];
    return [];
  });
}

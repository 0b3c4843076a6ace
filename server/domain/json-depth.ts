// How deep a JSON value nests, asked without recursion: a hostile value may be 100,000 levels deep,
// and every recursive walk (JSON.stringify, a schema check, a hash of the body) would overflow the stack.

/** True when lists and maps nest more than `limit` levels ([[1]] is 2); stops as soon as it knows. */
export function depthOver(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

// A static look at Cypher text before any engine sees it: clauses that write, reach outside the
// database (files, URLs, other databases, extensions) or call procedures are refused, and the
// parameters the text uses are listed. The engines' own read-only checks still run on every query;
// this catches what they would let through (LOAD CSV and COPY TO are "read-only" to an engine).

/** Clauses refused anywhere in a saved report or an ad-hoc query, with the reason shown to the user. */
const FORBIDDEN: [RegExp, string][] = [
  [/\bCREATE\b/, 'CREATE writes'],
  [/\bMERGE\b/, 'MERGE writes'],
  [/\bSET\b/, 'SET writes'],
  [/\bDELETE\b/, 'DELETE writes'],
  [/\bDETACH\b/, 'DETACH DELETE writes'],
  [/\bREMOVE\b/, 'REMOVE writes'],
  [/\bDROP\b/, 'DROP changes the schema'],
  [/\bALTER\b/, 'ALTER changes the schema'],
  [/\bFOREACH\b/, 'FOREACH exists to write'],
  [/\bLOAD\b/, 'LOAD reads files or URLs outside the database'],
  [/\bCOPY\b/, 'COPY moves data to or from files'],
  [/\b(?:IMPORT|EXPORT)\b/, 'IMPORT and EXPORT move data to or from files'],
  [/\b(?:ATTACH|INSTALL|UNINSTALL|USE)\b/, 'ATTACH, INSTALL and USE reach outside this database'],
  [/\bCALL\s+(?!\{)/, 'CALL of a procedure is not allowed (procedures can write or reach outside the database)'],
  [/\b(?:BEGIN|COMMIT|ROLLBACK|CHECKPOINT)\b/, 'transaction control is not allowed'],
  [/\b(?:GRANT|DENY|REVOKE|TERMINATE)\b/, 'administration commands are not allowed'],
];

/**
 * The text with comments, string literals and `quoted` identifiers blanked out (same length), so
 * that words inside them are not taken for clauses.
 */
export function codeOnly(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i]!;
    const two = cypher.slice(i, i + 2);
    let end = i + 1;
    if (two === '//') end = indexOr(cypher, '\n', i, cypher.length);
    else if (two === '/*') end = indexOr(cypher, '*/', i + 2, cypher.length - 2) + 2;
    else if (c === "'" || c === '"' || c === '`') end = closingQuote(cypher, i);
    out += end - i > 1 ? blank(cypher.slice(i, end)) : c;
    i = end;
  }
  return out;
}

function indexOr(text: string, what: string, from: number, fallback: number): number {
  const at = text.indexOf(what, from);
  return at === -1 ? fallback : at;
}

function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\' && quote !== '`') i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Why this Cypher may not run here, or [] when the static look finds nothing. */
export function forbiddenClauses(cypher: string): string[] {
  // Property keys (n.set), parameters ($load) and map keys ({create: 1}) are names, not clauses.
  const code = codeOnly(cypher).toUpperCase().replace(/[.$][\p{L}\p{N}_]+/gu, ' ').replace(/\b[\p{L}_][\p{L}\p{N}_]*\s*:(?!:)/gu, ' ');
  const problems = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, why]) => why);
  if (/;\s*\S/.test(code)) problems.push('only one statement may run at a time');
  return problems;
}

/** The parameters ($name) the text uses. */
export function parameterNames(cypher: string): string[] {
  return [...new Set([...codeOnly(cypher).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

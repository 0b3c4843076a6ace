// An engine that stops a report or ad-hoc query for something in the query itself (a division by
// zero, a value of the wrong type, more memory than one query may use) is refusing bad input: a 400
// with the engine's own words, cut to one line, without exception class names, Java packages or
// caret diagrams. What is not the query's fault (the engine down, a bug) is left as it was.
import { DomainError, InvalidInput } from '../domain/errors.js';
import { QuerySyntaxError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError } from '../store/store.js';

const MAX_MESSAGE = 300;
/** Neo4j's codes for a transaction over db.memory.transaction.max (5.x names both). */
const NEO4J_MEMORY = /MemoryPoolOutOfMemoryError|TransactionMemoryLimit/;
/** LadybugDB names the kind of every error it raises: "Runtime exception: Divide by zero." */
const LADYBUG_QUERY_ERROR = /^(?:Runtime|Binder|Catalog|Conversion|Overflow|Buffer manager|Parser) exception: /;

/** The first line of an engine message, without class names or the engine's prefix, at most MAX_MESSAGE characters. */
export function cleanEngineMessage(message: string): string {
  const line = message.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  const cleaned = line
    .replace(LADYBUG_QUERY_ERROR, '')
    .replace(/\b(?:[a-z]\w*\.){2,}[A-Z]\w*(?:\$\w+)?:?\s*/g, '')
    .trim();
  return cleaned.length > MAX_MESSAGE ? `${cleaned.slice(0, MAX_MESSAGE - 1)}…` : cleaned;
}

const ALREADY_TYPED = [DomainError, QueryTimeoutError, ReadOnlyViolationError, StoreUnavailableError];

/** The error to throw for what readText threw: a 400 naming the cypher when the query is at fault, else the error itself. */
export function engineRefusal(e: unknown): unknown {
  // Neo4j's syntax errors come with a caret diagram on the lines after the message.
  if (e instanceof QuerySyntaxError) return new QuerySyntaxError(cleanEngineMessage(e.message));
  if (ALREADY_TYPED.some((type) => e instanceof type) || !(e instanceof Error)) return e;
  const code = String((e as { code?: unknown }).code ?? '');
  if (NEO4J_MEMORY.test(code)) {
    return refused('the query needed more memory than one query may use (db.memory.transaction.max); ask for less, e.g. with LIMIT or aggregation');
  }
  if (code.startsWith('Neo.ClientError.') || LADYBUG_QUERY_ERROR.test(e.message)) return refused(cleanEngineMessage(e.message));
  return e;
}

const refused = (why: string) => new InvalidInput(`The engine stopped the query: ${why}`, [{ field: 'cypher', message: why }]);

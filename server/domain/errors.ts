// The errors the services throw on purpose: what went wrong in the domain's terms (a record not
// found, a conflict with what is stored, invalid input naming each field, a refused request), never
// an HTTP status. server/errors/outcomes.ts maps each kind to an HTTP problem and a CLI exit code.

/** One invalid field; an import's problems also name the row and record. */
export interface FieldProblem { field: string; message: string; row?: number; record?: string }

export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'refused';

export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** The fields at fault, when the error is about particular fields. */
  constructor(message: string, readonly problems: FieldProblem[] = []) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule; each problem names the field, the value and why. */
export class InvalidInput extends DomainError {
  readonly kind = 'invalid';
  /** `message` is followed by every problem, so the message alone says all. */
  static of(message: string, problems: FieldProblem[]): InvalidInput {
    return new InvalidInput(`${message}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
  }
}

/** An id that names no record; `field` says where it was given. */
export class NotFound extends DomainError {
  readonly kind = 'not-found';
  constructor(message: string, field?: string) {
    super(message, field ? [{ field, message }] : []);
  }

  /** For ids given as a filter or parameter: "No actor has the id "x" (speaker)". */
  static ids(kind: string, ids: readonly string[], field: string): NotFound {
    return new NotFound(`No ${kind} has the id ${ids.map((u) => `"${u}"`).join(', ')} (${field})`, field);
  }
}

/** A request that contradicts what is stored (the record exists, others depend on it). */
export class Conflict extends DomainError {
  readonly kind = 'conflict';
}

/** A well-formed request refused as such (an idempotency key reused for another request). */
export class Refused extends DomainError {
  readonly kind = 'refused';
}

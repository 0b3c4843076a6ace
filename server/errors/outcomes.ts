// The one place a domain error becomes what a client sees: an HTTP problem's status and title for the
// API, an exit code for the command lines (2: the input was refused and nothing was written, as for
// bad arguments; 1: anything else went wrong).
import { DomainError, type DomainErrorKind } from '../domain/errors.js';

export const HTTP_OUTCOME: Record<DomainErrorKind, { status: number; title: string }> = {
  invalid: { status: 400, title: 'Bad Request' },
  'not-found': { status: 404, title: 'Not Found' },
  conflict: { status: 409, title: 'Conflict' },
  refused: { status: 422, title: 'Unprocessable Content' },
};

export const exitCodeOf = (error: unknown): number => (error instanceof DomainError ? 2 : 1);

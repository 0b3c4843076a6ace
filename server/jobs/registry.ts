// Long work that outlives the request that started it: an import that does not finish within the
// wait the server allows becomes a job, whose state a client reads at GET /api/jobs/:id. Jobs live in
// this process's memory (a restart forgets them; their work, once committed, is in the audit trail):
// finished ones are kept for an hour, and at most MAX_KEPT of them.
import { randomUUID } from 'node:crypto';
import { DomainError, type FieldProblem } from '../domain/errors.js';
import { HTTP_OUTCOME } from '../errors/outcomes.js';

export type JobStatus = 'running' | 'succeeded' | 'failed';
export interface JobFailure { status: number; title: string; detail: string; errors?: FieldProblem[] }
export interface Job {
  id: string; kind: string; who: string; status: JobStatus; startedAt: string; finishedAt: string | null;
  result?: unknown; failure?: JobFailure;
}

const KEEP_MS = 60 * 60 * 1000;
const MAX_KEPT = 200;

/** What a client may be told about a job's failure: a domain error's words, never an internal one's. */
function failureOf(error: unknown): JobFailure {
  if (error instanceof DomainError) {
    const { status, title } = HTTP_OUTCOME[error.kind];
    return { status, title, detail: error.message, ...(error.problems.length > 0 ? { errors: error.problems } : {}) };
  }
  return { status: 500, title: 'Internal Server Error', detail: 'The job failed; the server log has the cause. Nothing that had not committed was applied.' };
}

export function createJobRegistry(log: (error: unknown, job: Job) => void) {
  const jobs = new Map<string, Job>();

  function forgetOld(now: number): void {
    for (const [id, job] of jobs) {
      const finished = job.finishedAt ? Date.parse(job.finishedAt) : undefined;
      if (finished !== undefined && (now - finished > KEEP_MS || jobs.size > MAX_KEPT)) jobs.delete(id);
    }
  }

  /** Takes over work already under way; the job records how it ends. */
  function adopt(kind: string, who: string, work: Promise<unknown>): Job {
    forgetOld(Date.now());
    const job: Job = { id: `job-${randomUUID()}`, kind, who, status: 'running', startedAt: new Date().toISOString(), finishedAt: null };
    jobs.set(job.id, job);
    work.then((result) => Object.assign(job, { status: 'succeeded', result }), (error: unknown) => {
      Object.assign(job, { status: 'failed', failure: failureOf(error) });
      if (!(error instanceof DomainError)) log(error, job);
    }).finally(() => { job.finishedAt = new Date().toISOString(); });
    return job;
  }

  return { adopt, get: (id: string) => jobs.get(id) };
}
export type JobRegistry = ReturnType<typeof createJobRegistry>;

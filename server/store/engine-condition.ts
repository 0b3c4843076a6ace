// What health reports about the embedded engine beyond "it answers": restarting while its worker or
// its database is being opened again, degraded while writes fail for lack of disk space.
import { StoreUnavailableError, type GraphStore } from './store.js';

export type EngineCondition = { state: 'ok' } | { state: 'restarting' | 'degraded'; reason: string };

export interface ReportsCondition { condition(): EngineCondition }

export function conditionOf(store: GraphStore): EngineCondition {
  const reporting = store as Partial<ReportsCondition>;
  return typeof reporting.condition === 'function' ? reporting.condition() : { state: 'ok' };
}

// The OS's words for ENOSPC and EDQUOT, as the engine or Node pass them on.
const NO_SPACE = /no space left on device|\bENOSPC\b|disk quota exceeded|\bEDQUOT\b/i;
// LadybugDB 0.19.1 on a full disk, when part of a page still fits: "IO exception: Cannot write to file.
// path: … numBytesToWrite: 4096 numBytesWritten: 25. Error: Success" (a short write, no errno).
const SHORT_WRITE = /Cannot write to file\..*numBytesToWrite: (\d+) numBytesWritten: (\d+)/s;

export function isDiskFull(e: unknown): boolean {
  const msg = e instanceof Error ? e.message : String(e);
  if (NO_SPACE.test(msg)) return true;
  const short = SHORT_WRITE.exec(msg);
  return short !== null && Number(short[2]) < Number(short[1]);
}

/** A write refused for lack of disk space: a 503 like any unavailable database, without a restart. */
export class DiskFullError extends StoreUnavailableError {
  override name = 'DiskFullError';
}

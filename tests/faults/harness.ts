// Helpers for the fault tests: child processes to kill, databases to compare.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { graphFingerprint, type GraphFingerprint } from '../../seed/checksum.js';
import { DATABASE_FILE } from '../../server/store/ladybug-open.js';
import { openLadybugStore } from '../../server/store/ladybug-store.js';

export async function fingerprintOf(dataDir: string): Promise<GraphFingerprint> {
  const store = await openLadybugStore({ dataDir, queryTimeoutMs: 120_000 });
  try {
    return await graphFingerprint(store);
  } finally {
    await store.close();
  }
}

/** A copy of a cleanly closed database in a new folder. */
export function copyDatabase(from: string, to: string): string {
  mkdirSync(to, { recursive: true });
  copyFileSync(path.join(from, DATABASE_FILE), path.join(to, DATABASE_FILE));
  return to;
}

/** `node --import tsx script args`, with its output collected. */
export function launch(script: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return { child, output: () => out, exited: once(child, 'exit').then(([code]) => code as number | null) };
}

/** Resolves when the output matches, or rejects when the process ends first. */
export async function outputMatches(p: ReturnType<typeof launch>, pattern: RegExp): Promise<void> {
  for (;;) {
    if (pattern.test(p.output())) return;
    if (p.child.exitCode !== null || p.child.signalCode !== null) throw new Error(`exited before ${pattern}:\n${p.output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

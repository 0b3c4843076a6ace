// Helpers for the fault tests: child processes to kill, databases to compare.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
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

export interface LoadRun { killed: boolean; writingMs: number }

/** Runs a loader, killing it `killAfterMs` after it starts writing (never, if undefined: then it must succeed). */
export async function runLoader(script: string, args: string[], env: Record<string, string>, killAfterMs?: number): Promise<LoadRun> {
  const p = launch(script, args, env);
  await outputMatches(p, /loading/);
  const started = performance.now();
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => p.child.kill('SIGKILL'), killAfterMs);
  const code = await p.exited;
  clearTimeout(timer);
  if (killAfterMs === undefined) expect(code, p.output()).toBe(0);
  return { killed: p.child.signalCode === 'SIGKILL', writingMs: performance.now() - started };
}

/** A database in its "before" state, ready for one load: how to run that load into it, and how to read it back. */
export interface LoadTarget { load: (killAfterMs?: number) => Promise<LoadRun>; fingerprint: () => Promise<GraphFingerprint> }

/**
 * Loads once whole to learn how long writing takes, then once per fraction, killed at that point of the
 * load, each time into a fresh "before" database (`fresh(label)`). Every killed load must leave exactly
 * the graph from before or from after, never a part; returns one line per fraction saying which.
 */
export async function killAtFractions(fresh: (label: string) => Promise<LoadTarget>, fractions: number[]): Promise<string[]> {
  const before = await (await fresh('before')).fingerprint();
  const full = await fresh('after');
  const whole = await full.load();
  const after = await full.fingerprint();
  expect(after.checksum).not.toBe(before.checksum);
  const outcomes: string[] = [];
  for (const fraction of fractions) {
    const target = await fresh(`kill-${fraction}`);
    const { killed } = await target.load(Math.round(whole.writingMs * fraction));
    const found = await target.fingerprint();
    const which = found.checksum === before.checksum ? 'before' : found.checksum === after.checksum ? 'after' : 'PARTIAL';
    outcomes.push(`${fraction}: ${killed ? 'killed' : 'finished'} → ${which}`);
    expect(which, `killed at ${fraction} of the load: ${JSON.stringify(found.nodes)} ${JSON.stringify(found.relationships)}`).not.toBe('PARTIAL');
    expect(found.nodes).toEqual(which === 'before' ? before.nodes : after.nodes);
  }
  return outcomes;
}

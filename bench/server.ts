// The real server as a child process (node --import tsx server/main.ts, as `npm start` runs it after
// building the web page): time from spawn to a healthy /api/health, peak RSS from /proc, clean stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';

export interface BenchServer { url: string; pid: number; coldStartMs: number; peakRssMb: () => number; rssMb: () => number; output: () => string; stop: () => Promise<number | null> }

export async function startServer(env: Record<string, string>, timeoutMs = 120_000): Promise<BenchServer> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const look = () => { const m = /serving at (http:\/\/\S+)/.exec(output); if (m) { clearTimeout(timer); resolve(m[1]!); } };
    child.stdout!.on('data', look);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the server exited with ${code}:\n${output}`)); });
  });
  while ((await fetch(`${url}/api/health`).then((r) => r.status, () => 0)) !== 200) await new Promise((r) => setTimeout(r, 20));
  const coldStartMs = Math.round(performance.now() - started);
  return { url, pid: child.pid!, coldStartMs, peakRssMb: () => processMemoryMb(child.pid!, 'VmHWM'), rssMb: () => processMemoryMb(child.pid!, 'VmRSS'), output: () => output, stop: () => stop(child) };
}

/** A process's memory in MB from /proc. VmRSS: resident now; VmHWM: the most it has held resident. */
export function processMemoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function stop(child: ChildProcess): Promise<number | null> {
  child.removeAllListeners('exit');
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  return code as number | null;
}

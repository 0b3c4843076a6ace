// `npm run bench [-- --scale seed|1e5|1e6] [--duration S] [--connections 1,4,16] [--samples N]`:
// loads the scale into a fresh embedded database with the bulk path, measures the engine floor in
// this process, then the real server under autocannon twice (answer cache off: every request runs
// its queries; cache on, after one pass over the samples), and prints and writes the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bulkLoad } from '../seed/bulk/bulk-load.js';
import { readDataset } from '../server/domain/dataset.js';
import { loadConfig } from '../server/config.js';
import { engineFloor } from './engine-floor.js';
import { endpoints, REPORT } from './endpoints.js';
import { measureHttp, settle, warmUp, type HttpFigures } from './http.js';
import { ratios, table, verdicts, writeResults, type EndpointResult } from './report.js';
import { drawSamples } from './samples.js';
import { SCALE_NAMES, scaleFiles } from './scales.js';
import { startServer } from './server.js';
import { commandLine, oneOf, wholeNumber, wholeNumbers } from '../server/cli/args.js';

const USAGE = `usage: npm run bench [-- --scale ${SCALE_NAMES.join('|')}] [--duration S] [--connections 1,4,16] [--samples N]
  --scale        the dataset (default seed)
  --duration S   seconds per measurement, at least 1 (default 3; 4 at 1e6)
  --connections  concurrencies, comma-separated, each at least 1 (default 1,4,16)
  --samples N    ids and names to ask for, at least 1 (default 40)`;

const { scale, durationS, connections, sampleCount } = commandLine({
  usage: USAGE,
  options: { scale: { type: 'string', default: 'seed' }, duration: { type: 'string' }, connections: { type: 'string', default: '1,4,16' }, samples: { type: 'string', default: '40' } },
}, ({ values }) => {
  const scale = oneOf('--scale', values.scale, SCALE_NAMES);
  return {
    scale,
    durationS: values.duration === undefined ? (scale === '1e6' ? 4 : 3) : wholeNumber('--duration', values.duration, { min: 1 }),
    connections: wholeNumbers('--connections', values.connections, { min: 1 }),
    sampleCount: wholeNumber('--samples', values.samples, { min: 1 }),
  };
});
const SLOW_MS = 1000;
const machine = () => ({ cpus: os.cpus().length, model: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100) });
const log = (s: string) => console.log(`[bench ${scale}] ${s}`);
const startedAt = new Date().toISOString();
const machineAtStart = machine();
log(`machine: ${machineAtStart.cpus} × ${machineAtStart.model}, ${machineAtStart.memGB} GB, Node ${machineAtStart.node}, load average ${machineAtStart.loadavg.join(' ')}`);

const work = mkdtempSync(path.join(os.tmpdir(), 'stancegraph-bench-'));
try {
  const { files, generateMs } = await scaleFiles(scale);
  const t = performance.now();
  const dataset = await readDataset(files);
  const validateMs = Math.round(performance.now() - t);
  const dataDir = path.join(work, 'db');
  const load = await bulkLoad(loadConfig({ DATA_DIR: dataDir }), dataset);
  const loadRate = Math.round(load.relationships / (load.ms / 1000));
  log(`${load.relationships} relationships, ${load.copy?.nodes} nodes; generated in ${generateMs} ms, validated in ${validateMs} ms, bulk-loaded in ${load.ms} ms (${loadRate} relationships/s)`);

  const samples = drawSamples(dataset, sampleCount);
  const eps = endpoints(samples, true);
  log('engine floor…');
  const floor = await engineFloor(dataDir, eps, { concurrencies: connections, budgetMs: durationS * 1000, maxCalls: 5000, warmup: Math.min(3, sampleCount), slowMs: SLOW_MS });

  let firstStartSeedMs: number | undefined;
  if (scale === 'seed') {
    const first = await startServer({ DATA_DIR: path.join(work, 'first-start'), SEED_DIR: path.resolve('seed/data') });
    firstStartSeedMs = first.coldStartMs;
    await first.stop();
    log(`first start on an empty folder (seeding itself) to healthy: ${firstStartSeedMs} ms`);
  }

  const api: Record<'cold' | 'warm', Record<string, Record<number, HttpFigures>>> = { cold: {}, warm: {} };
  const servers: Record<string, { coldStartMs: number; peakRssMb: number; exitCode: number | null }> = {};
  for (const mode of ['cold', 'warm'] as const) {
    const server = await startServer({ DATA_DIR: dataDir, ANSWER_CACHE_MB: mode === 'cold' ? '0' : '256' });
    const reportOk = (await fetch(`${server.url}/api/reports/${REPORT}`)).status === 200;
    const measured = reportOk ? eps : eps.filter((e) => !e.name.startsWith('report'));
    if (!reportOk) log(`NOTE: /api/reports/${REPORT}/run is not served yet; the report is skipped`);
    log(`server (answer cache ${mode === 'cold' ? 'off' : 'on'}) healthy ${server.coldStartMs} ms after start; measuring…`);
    const unanswered = await warmUp(server.url, measured, mode === 'warm' ? sampleCount : Math.min(3, sampleCount));
    if (unanswered.length > 0) log(`warm-up: ${unanswered.length} request(s) failed, e.g. ${unanswered.slice(0, 3).join('; ')}`);
    for (const ep of measured) {
      api[mode][ep.name] = {};
      for (const c of connections) {
        const one = api[mode][ep.name]![connections[0]!];
        // Queueing only multiplies a latency already past a second: that run would say nothing new.
        if (one && one.p50 > SLOW_MS) { log(`${ep.name}: ${c} connections skipped (${one.p50} ms at ${connections[0]})`); continue; }
        await settle(server.url);
        api[mode][ep.name]![c] = await measureHttp(server.url, ep, c, durationS);
      }
    }
    const peakRssMb = server.peakRssMb();
    servers[mode] = { coldStartMs: server.coldStartMs, peakRssMb, exitCode: await server.stop() };
  }

  const results: EndpointResult[] = eps.filter((e) => api.cold[e.name]).map((e) => ({
    name: e.name, engine: floor[e.name]!, api: { cold: api.cold[e.name]!, warm: api.warm[e.name]! }, ratio: ratios(floor[e.name]!, api.cold[e.name]!),
  }));
  console.log(`\n${table(results, connections)}\n\n(ms; cold = answer cache off, every request runs its queries; warm = cache on, after one pass over ${sampleCount} samples)`);
  const targets = verdicts(results, { loadRate, coldStartSeedMs: firstStartSeedMs });
  console.log(`\nTargets${scale === '1e6' ? '' : ' (set for 10^6 relationships; shown for reference)'}:`);
  for (const tg of targets) console.log(`  ${tg.met ? 'met   ' : 'MISSED'} ${tg.what}: ${tg.value} (target ${tg.limit})`);
  console.log(`\nCold start to healthy: ${servers.cold!.coldStartMs} ms; peak RSS ${servers.cold!.peakRssMb} MB (cache off), ${servers.warm!.peakRssMb} MB (cache on); exit codes ${servers.cold!.exitCode}, ${servers.warm!.exitCode}`);
  const file = writeResults(scale, {
    scale, startedAt, machine: { ...machineAtStart, loadavgAtEnd: machine().loadavg }, durationS, connections, samples: sampleCount,
    dataset: { nodes: load.copy?.nodes, relationships: load.relationships, generateMs, validateMs },
    load: { ms: load.ms, relationshipsPerSecond: loadRate, tables: load.copy?.tables },
    firstStartSeedMs, servers, endpoints: results, targets,
  });
  log(`wrote ${path.relative(process.cwd(), file)} in ${Math.round((Date.now() - Date.parse(startedAt)) / 1000)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// `npm run bench [-- --scale seed|1e5|1e6] [--engine embedded|neo4j|both] [--duration S] [--connections 1,4,16] [--samples N]`:
// loads the scale into each engine with its bulk path (bench/engines.ts), measures the engine floor in this
// process, then the real server under autocannon: answer cache off (every request runs its queries), and on
// the embedded engine also with the cache on, after one pass over the samples. Same data, same samples, same
// endpoints for every engine; prints each engine's table, the engines side by side, and writes the figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDataset, type Dataset } from '../server/domain/dataset.js';
import { missingToolchain } from '../tests/neo4j-launcher/launcher.js';
import { engineFloor } from './engine-floor.js';
import { ENGINES, loadEngine, type BenchEngine } from './engines.js';
import { endpoints, type Endpoint } from './endpoints.js';
import { measureHttp, settle, warmUp, type HttpFigures } from './http.js';
import { comparisonTable, ratios, table, verdicts, webVerdict, writeResults, type EndpointResult, type Target } from './report.js';
import { drawSamples } from './samples.js';
import { describeSample } from './slowest-sample.js';
import { SCALE_NAMES, scaleFiles, type Scale } from './scales.js';
import { startServer } from './server.js';
import { commandLine, oneOf, wholeNumber, wholeNumbers } from '../server/cli/args.js';

const USAGE = `usage: npm run bench [-- --scale ${SCALE_NAMES.join('|')}] [--engine embedded|neo4j|both] [--duration S] [--connections 1,4,16] [--samples N]
  --scale        the dataset (default seed)
  --engine       which engines to measure (default both where Java and Maven are installed, else embedded)
  --duration S   seconds per measurement, at least 1 (default 3; 4 at 1e6)
  --connections  concurrencies, comma-separated, each at least 1 (default 1,4,16)
  --samples N    ids and names to ask for, at least 1 (default 40)`;

const { scale, engines, durationS, connections, sampleCount } = commandLine({
  usage: USAGE,
  options: { scale: { type: 'string', default: 'seed' }, engine: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string', default: '1,4,16' }, samples: { type: 'string', default: '40' } },
}, ({ values }) => {
  const scale = oneOf('--scale', values.scale, SCALE_NAMES);
  const engine = oneOf('--engine', values.engine ?? (missingToolchain() ? 'embedded' : 'both'), [...ENGINES, 'both']);
  return {
    scale,
    engines: engine === 'both' ? [...ENGINES] : [engine],
    durationS: values.duration === undefined ? (scale === '1e6' ? 4 : 3) : wholeNumber('--duration', values.duration, { min: 1 }),
    connections: wholeNumbers('--connections', values.connections, { min: 1 }),
    sampleCount: wholeNumber('--samples', values.samples, { min: 1 }),
  };
});
const SLOW_MS = 1000;
/** Neo4j's memory for the run: heap and page cache as a production server of this size would set them. */
const NEO4J_MEMORY: Record<Scale, { heap: string; pagecache: string }> = {
  seed: { heap: '512m', pagecache: '128m' }, '1e5': { heap: '1g', pagecache: '512m' }, '1e6': { heap: '2g', pagecache: '2g' },
};
const machine = () => ({ cpus: os.cpus().length, model: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadavg: os.loadavg().map((l) => Math.round(l * 100) / 100) });
const log = (s: string) => console.log(`[bench ${scale}] ${s}`);
const startedAt = new Date().toISOString();
const machineAtStart = machine();
log(`machine: ${machineAtStart.cpus} × ${machineAtStart.model}, ${machineAtStart.memGB} GB, Node ${machineAtStart.node}, load average ${machineAtStart.loadavg.join(' ')}; engines: ${engines.join(', ')}`);

interface ServerFigures { coldStartMs: number; peakRssMb: number; exitCode: number | null }

/** One engine, start to end: load, floor, then the server with the cache off (and on, on the embedded engine). */
async function measureEngine(engine: BenchEngine, work: string, dataset: Dataset, eps: Endpoint[]) {
  const say = (s: string) => log(`${engine}: ${s}`);
  const loaded = await loadEngine(engine, work, dataset, NEO4J_MEMORY[scale]);
  try {
    say(`${loaded.load.relationships} relationships loaded in ${loaded.load.ms} ms (${loaded.load.relationshipsPerSecond} relationships/s)${loaded.databaseStartMs ? `; Neo4j answered ${loaded.databaseStartMs} ms after its JVM started` : ''}`);
    say('engine floor…');
    const floor = await engineFloor(await loaded.open(), eps, { concurrencies: connections, budgetMs: durationS * 1000, maxCalls: 5000, warmupMs: Math.min(durationS * 1000, 2000), slowMs: SLOW_MS });

    let firstStartSeedMs: number | undefined;
    if (scale === 'seed' && engine === 'embedded') {
      const first = await startServer({ DATA_DIR: path.join(work, 'first-start'), SEED_DIR: path.resolve('seed/data'), NEO4J_URI: '' });
      firstStartSeedMs = first.coldStartMs;
      await first.stop();
      say(`first start on an empty folder (seeding itself) to healthy: ${firstStartSeedMs} ms`);
    }

    // Neo4j keeps no answers (another process may write to it), so it has only the cold figures.
    const modes = engine === 'embedded' ? (['cold', 'warm'] as const) : (['cold'] as const);
    const api: Partial<Record<'cold' | 'warm', Record<string, Record<number, HttpFigures>>>> = {};
    const servers: Partial<Record<'cold' | 'warm', ServerFigures>> = {};
    for (const mode of modes) {
      const figures: Record<string, Record<number, HttpFigures>> = (api[mode] = {});
      const server = await startServer({ ...loaded.env, DATA_DIR: loaded.env.DATA_DIR ?? path.join(work, 'unused'), ANSWER_CACHE_MB: mode === 'cold' ? '0' : '256' });
      say(`server (answer cache ${mode === 'cold' ? 'off' : 'on'}) healthy ${server.coldStartMs} ms after start; measuring…`);
      // Every sample once, in both modes: with the cache on it fills the cache; with it off it only warms the
      // server and the engine, as the floor's untimed pass does (answers are not kept).
      const unanswered = await warmUp(server.url, eps, sampleCount);
      if (unanswered.length > 0) say(`warm-up: ${unanswered.length} request(s) failed, e.g. ${unanswered.slice(0, 3).join('; ')}`);
      for (const ep of eps) {
        figures[ep.name] = {};
        for (const c of connections) {
          const one = figures[ep.name]![connections[0]!];
          // Queueing only multiplies a latency already past a second: that run would say nothing new.
          if (one && one.p50 > SLOW_MS) { say(`${ep.name}: ${c} connections skipped (${one.p50} ms at ${connections[0]})`); continue; }
          await settle(server.url);
          figures[ep.name]![c] = await measureHttp(server.url, ep, c, durationS);
        }
      }
      const peakRssMb = server.peakRssMb();
      servers[mode] = { coldStartMs: server.coldStartMs, peakRssMb, exitCode: await server.stop() };
    }
    const results: EndpointResult[] = eps.filter((e) => api.cold![e.name]).map((e) => ({
      name: e.name, engine: floor.figures[e.name]!, api: { cold: api.cold![e.name]!, warm: api.warm?.[e.name] }, ratio: ratios(floor.figures[e.name]!, api.cold![e.name]!),
    }));
    return { engine, load: loaded.load, databaseStartMs: loaded.databaseStartMs, databasePeakRssMb: loaded.databasePeakRssMb?.(), firstStartSeedMs, servers, results, slowest: floor.slowest };
  } finally {
    await loaded.stop();
  }
}

function printTargets(targets: Target[]): void {
  for (const tg of targets) console.log(`  ${tg.met ? 'pass' : 'MISS'}  ${tg.what}: ${Number.isNaN(tg.value) ? 'not measured' : tg.value} (target ${tg.limit})`);
}

/** Runs `npm run bench:web` (headless Chromium) and reads its "data arrived → painted and interactive" median. */
function measureWeb(): number | undefined {
  log('bench:web…');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/web.ts'], { encoding: 'utf8', timeout: 600_000 });
  const m = /data arrived → graph painted and interactive:\s+([\d,]+) ms/.exec(run.stdout ?? '');
  if (!m) log(`bench:web gave no figure: ${(run.stderr || run.stdout || String(run.error)).slice(0, 500)}`);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'stancegraph-bench-'));
try {
  const { files, generateMs } = await scaleFiles(scale);
  const t = performance.now();
  const dataset = await readDataset(files);
  log(`dataset generated in ${generateMs} ms, validated in ${Math.round(performance.now() - t)} ms`);
  const eps = endpoints(drawSamples(dataset, sampleCount), true);
  const runs = [];
  for (const engine of engines) runs.push(await measureEngine(engine, work, dataset, eps));

  for (const run of runs) {
    console.log(`\n${run.engine}:\n${table(run.results, connections)}`);
    const targets = verdicts(run.results, {
      loadRate: run.engine === 'embedded' ? run.load.relationshipsPerSecond : undefined, peakRssMb: run.servers.cold!.peakRssMb, coldStartSeedMs: run.firstStartSeedMs,
    });
    console.log(`\nTargets for ${run.engine}${scale === '1e6' ? '' : ' (set for 10^6 relationships; shown for reference)'}:`);
    printTargets(targets);
    console.log(`\nWhere each endpoint's slowest sample on ${run.engine} went (engine floor, ${connections[0]} connection${connections[0] === 1 ? '' : 's'}; each named read from the call's start, then the costliest operators of its two costliest queries' plans):`);
    for (const [name, sample] of Object.entries(run.slowest)) console.log(describeSample(name, sample).join('\n'));
    const { cold, warm } = run.servers;
    console.log(`App cold start to healthy: ${cold!.coldStartMs} ms; app peak RSS ${cold!.peakRssMb} MB (cache off)${warm ? `, ${warm.peakRssMb} MB (cache on)` : ''}${run.databasePeakRssMb ? `; Neo4j JVM peak RSS ${run.databasePeakRssMb} MB, started in ${run.databaseStartMs} ms` : ''}; load ${run.load.relationshipsPerSecond} relationships/s`);
  }
  console.log('\n(ms; engine = the repository call in this process; cold = through the server, answer cache off; warm = cache on, after one pass over the samples)');
  const web = webVerdict(measureWeb());
  console.log('\nThe browser target:');
  printTargets([web]);
  if (runs.length === 2) console.log(`\nThe engines side by side (answer cache off; ratio = neo4j / embedded):\n${comparisonTable(runs[0]!, runs[1]!, connections)}`);
  const file = writeResults(scale, {
    scale, startedAt, machine: { ...machineAtStart, loadavgAtEnd: machine().loadavg }, durationS, connections, samples: sampleCount,
    endpoints: eps.map((e) => e.name), runs, web,
  });
  log(`wrote ${path.relative(process.cwd(), file)} in ${Math.round((Date.now() - Date.parse(startedAt)) / 1000)} s`);
} finally {
  rmSync(work, { recursive: true, force: true });
}


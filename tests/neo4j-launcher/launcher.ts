// Builds (once) and starts the Maven-built launcher in this folder: a real Neo4j 5.26 server on 127.0.0.1,
// for the test suites, the benchmarks and `npm run neo4j`. The JVM exits when our end of its standard
// input closes, so a parent that dies, however it dies, leaves no Neo4j behind.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = fileURLToPath(new URL('.', import.meta.url));
const JAR = path.join(LAUNCHER_DIR, 'target/neo4j-launcher.jar');
const LIB = path.join(LAUNCHER_DIR, 'target/lib');
/** The launcher and Neo4j's own jars, laid out as Neo4j's distribution lays out lib/. */
export const LAUNCHER_CLASSPATH = `${JAR}${path.delimiter}${path.join(LIB, '*')}`;

/** The JVM flags Neo4j's own neo4j.conf sets (server.jvm.additional). */
export const NEO4J_JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+AlwaysPreTouch',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
];

/** Why no Neo4j can be started here, or null when Java and Maven are both present. */
export function missingToolchain(): string | null {
  const missing = ['java', 'mvn'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).status !== 0);
  return missing.length === 0 ? null : `${missing.join(' and ')} not found on PATH, so no Neo4j can be started from Maven`;
}

const newest = (p: string): number => statSync(p).isDirectory()
  ? readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), 0)
  : statSync(p).mtimeMs;

/** Runs `mvn -B -q package` when the jar is missing or older than the pom or the Java sources. */
export function buildLauncher(): void {
  const fresh = existsSync(JAR) && existsSync(LIB) && statSync(JAR).mtimeMs >= Math.max(newest(path.join(LAUNCHER_DIR, 'pom.xml')), newest(path.join(LAUNCHER_DIR, 'src')));
  if (fresh) return;
  const run = spawnSync('mvn', ['-B', '-q', 'package'], { cwd: LAUNCHER_DIR, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`The Neo4j launcher did not build (mvn -B -q package in ${LAUNCHER_DIR}):\n${run.stdout}\n${run.stderr}`);
}

export interface Neo4jServerOptions {
  /** JVM heap, e.g. "512m"; -Xms and -Xmx both, as Neo4j recommends. */
  heap?: string;
  pagecache?: string;
  /** The most memory one transaction may use (db.memory.transaction.max), e.g. "256m"; unlimited when not given. */
  txMemory?: string;
  /** A folder to keep the database in; by default a new temporary one, removed when the server stops. */
  home?: string;
  port?: number;
  password?: string;
}

export interface Neo4jServer {
  uri: string;
  user: string;
  password: string;
  home: string;
  pid: number;
  /** SIGTERM, then wait for a clean exit (SIGKILL after 60 s). */
  stop(): Promise<void>;
}

interface Ready { ready: true; uri: string; user: string; password: string; home: string }

/** Starts a launcher JVM and resolves once Bolt answers; rejects with the JVM's output if it exits first. */
export async function startNeo4j(options: Neo4jServerOptions = {}): Promise<Neo4jServer> {
  const heap = options.heap ?? '512m';
  const args = [
    `-Xms${heap}`, `-Xmx${heap}`, ...NEO4J_JVM_FLAGS,
    '-cp', LAUNCHER_CLASSPATH, 'stancegraph.neo4j.Launcher',
    '--pagecache', options.pagecache ?? '128m',
    ...(options.txMemory ? ['--txmemory', options.txMemory] : []),
    ...(options.home ? ['--home', options.home] : []),
    ...(options.port !== undefined ? ['--port', String(options.port)] : []),
    ...(options.password ? ['--password', options.password] : []),
  ];
  if (options.home) mkdirSync(options.home, { recursive: true });
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => { errors = (errors + chunk.toString()).slice(-8000); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`Neo4j did not answer within 180 s.\n${errors}`)); }, 180_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as Ready);
    });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`The Neo4j launcher exited (code ${code}) before Bolt answered.\n${errors}`)); });
  });
  const temporary = !options.home;
  return {
    uri: ready.uri, user: ready.user, password: ready.password, home: ready.home, pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        await exited;
        clearTimeout(killer);
      }
      // The JVM removes its temporary home on a clean exit; this covers a killed one.
      if (temporary) rmSync(ready.home, { recursive: true, force: true });
    },
  };
}

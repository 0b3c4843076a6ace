// `npm test`: every suite on both engines, as two projects. "embedded" runs every file on LadybugDB;
// "neo4j" runs every file that touches a database again on a real Neo4j 5.26 (one server per worker,
// from tests/setup/neo4j-servers.ts), or on the server NEO4J_URI names. Without Java and Maven and without
// NEO4J_URI (and without a container runtime for testcontainers), the neo4j project is left out and the run
// says so in one line.
import { defineConfig } from 'vitest/config';
import { neo4jRoute } from './setup/neo4j-route.js';

const WORKERS = 2;

/** Files that run once, on the embedded project: they touch no database, or only LadybugDB's own machinery. */
const EMBEDDED_ONLY = [
  // No database at all: the data files, the domain's vocabulary and import rules, the synthetic generator, the
  // report catalog, CLI argument checks, the offline Neo4j parser, pure algorithms, the dependencies' install
  // scripts and Node versions.
  'tests/data/**', 'tests/domain/**', 'tests/bench/synthetic.test.ts', 'tests/reports/catalog.test.ts', 'tests/cli/arguments.test.ts',
  'tests/store/neo4j-dialect.test.ts', 'tests/store/batch-sizer.test.ts', 'tests/api/shortest-paths.test.ts',
  'tests/api/response-serializer.test.ts', 'tests/project/**',
  // LadybugDB's own machinery: its file vanishing and reopening, its file lock, its COPY bulk path, its write-ahead log,
  // and the answer cache, which only the embedded store keeps (another process may write to Neo4j).
  'tests/api/availability.test.ts', 'tests/seed/bulk-load.test.ts', 'tests/faults/kill-after-commit.test.ts',
  'tests/store/answer-cache.test.ts', 'tests/api/response-cache.test.ts', 'tests/process/embedded-lock.test.ts',
  // The embedded engine's worker process: its crash, kill, memory ceiling and restart.
  'tests/process/engine-worker.test.ts', 'tests/store/wal-recovery.test.ts', 'tests/store/engine-process.test.ts',
];

/** Files that need Neo4j itself: its planner's guard, its bulk import, a kill during a load over Bolt, and the comparison of both engines. */
const NEO4J_ONLY = ['tests/cross-engine/**', 'tests/reports/neo4j-guard.test.ts', 'tests/seed/neo4j-admin-import.test.ts', 'tests/faults/neo4j-kill-during-load.test.ts'];

const base = {
  include: ['tests/**/*.test.ts'],
  // The embedded engine is a native addon: separate processes keep each file's database its own.
  pool: 'forks' as const,
  testTimeout: 60_000,
  hookTimeout: 180_000,
  // Both engines' suites run at once on two cores: an answer a page polls for may take seconds, not one.
  expect: { poll: { timeout: 15_000 } },
};

const route = await neo4jRoute();
if (route.kind === 'none') console.log(`Neo4j suites SKIPPED (this machine has no Java): ${route.reason}.`);
// A server named by NEO4J_URI is one database shared by every worker, so its files run one at a time.
const sharedServer = route.kind === 'uri';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    maxWorkers: WORKERS,
    reporters: ['default', './tests/setup/engine-summary.ts'],
    projects: [
      { test: { ...base, name: 'embedded', exclude: NEO4J_ONLY, env: { STANCEGRAPH_TEST_ENGINE: 'embedded', NEO4J_URI: '' } } },
      ...(route.kind === 'none' ? [] : [{
        test: {
          ...base, name: 'neo4j', exclude: EMBEDDED_ONLY,
          env: { STANCEGRAPH_TEST_ENGINE: 'neo4j' },
          globalSetup: ['tests/setup/neo4j-servers.ts'],
          setupFiles: ['tests/setup/neo4j-env.ts'],
          ...(sharedServer ? { maxWorkers: 1, sequence: { groupOrder: 1 } } : {}),
        },
      }]),
    ],
  },
});

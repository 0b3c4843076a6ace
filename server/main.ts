// `npm start`: opens the configured database (seeding the embedded one on first start), then serves.
// The embedded engine runs in a supervised worker process (server/store/engine-process.ts).
// SIGINT/SIGTERM: the server stops accepting connections, lets the requests in flight finish, closes
// the database, and exits 0 (1 if closing failed).
import path from 'node:path';
import { readDataset, seedFiles } from './domain/dataset.js';
import { countNodes, loadDataset } from './store/load-dataset.js';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openStore } from './store/open-store.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config, {
    engineProcess: true,
    onAvailability: (up, reason) => console[up ? 'log' : 'error'](`The ${config.DATA_DIR} database is ${up ? 'available again' : 'unavailable'} (${reason})`),
  });
  const counts = await countNodes(store);
  if (Object.values(counts).every((n) => n === 0)) {
    const files = await seedFiles(path.resolve(config.SEED_DIR));
    await loadDataset(store, await readDataset(files));
    console.log(`Empty database seeded from ${files.length} file(s) in ${config.SEED_DIR}`);
  }
  const app = await buildApp({ config, store });
  // Fastify runs preClose hooks once it refuses new requests (503), so the line is true when it appears.
  app.addHook('preClose', (done) => {
    console.log('Stopping: new requests are refused; the requests in flight are answered, then the database is closed.');
    done();
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing the HTTP server, then the database`);
    try {
      await app.close();
      console.log('Stopped: requests in flight answered, database closed.');
      process.exit(0);
    } catch (e) {
      console.error(`Stopping failed: ${(e as Error).message}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`stancegraph (${store.backend} database) is serving at ${address}`);
}

main().catch((e: Error) => {
  console.error(e instanceof ConfigError ? e.message : `stancegraph could not start: ${e.message}`);
  process.exit(1);
});

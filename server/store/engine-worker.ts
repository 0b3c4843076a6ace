// The embedded engine's own process. LadybugDB is native code: a crash in it (a segfault on some
// queries) would end whatever process it runs in, so it runs here, forked and supervised by the
// server (engine-process.ts), which answers 503 and starts a new worker when this one dies. It opens
// the database, answers each call from the server in turn of arrival, and closes the database when
// asked or when the server goes away. A write is reported done only after the engine committed it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { openLadybugStore } from './ladybug-store.js';
import { sendable, WORKER_OPTIONS_ENV, type EngineWorkerOptions, type Reply, type Request, type Started } from './engine-protocol.js';
import type { GraphStore } from './store.js';

const send = (message: Reply | Started) => new Promise<void>((resolve) => {
  if (!process.connected) return resolve();
  process.send!(message, undefined, undefined, () => resolve());
});

function answer(store: GraphStore, call: Request): Promise<unknown> {
  switch (call.op) {
    case 'read': return store.read(call.name, call.params);
    case 'readText': return store.readText(call.cypher, call.params, call.options);
    case 'write': return store.write(call.steps);
    case 'writeTables': return store.writeTables(call.tables);
    case 'health': return store.health();
    case 'close': return store.close();
  }
}

async function main(): Promise<void> {
  // A terminal's Ctrl-C reaches the whole process group: the server decides when this process closes.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  const options = JSON.parse(process.env[WORKER_OPTIONS_ENV] ?? 'null') as EngineWorkerOptions | null;
  if (!options) throw new Error(`${WORKER_OPTIONS_ENV} is not set: this file is started by the server, not by hand`);
  // Which call a text query belongs to, so the server can time it from when it starts to run.
  const callOf = new AsyncLocalStorage<number>();
  const onTextQueryStart = () => {
    const id = callOf.getStore();
    if (id !== undefined) void send({ id, running: true });
  };
  let store: GraphStore;
  try {
    store = await openLadybugStore({ ...options, onTextQueryStart });
  } catch (e) {
    await send({ started: false, error: sendable(e) });
    process.exit(1);
  }
  let closing: Promise<void> | undefined;
  // A close that cannot fold the log (a full disk) leaves it to be replayed: nothing committed is lost.
  const closeAndExit = () => (closing ??= store.close().catch((e) => console.error((e as Error).message)).finally(() => process.exit(0)));
  process.on('disconnect', () => void closeAndExit());
  process.on('message', (call: Request) => {
    const done = call.op === 'close' ? closeAndExit() : callOf.run(call.id, () => answer(store, call));
    done.then((value) => send({ id: call.id, ok: true, value }), (e) => send({ id: call.id, ok: false, error: sendable(e) }));
  });
  await send({ started: true });
}

main().catch((e) => {
  console.error(`The embedded engine worker failed: ${(e as Error).message}`);
  process.exit(1);
});

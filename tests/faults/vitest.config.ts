// `npm run test:faults`: the fault tests that take minutes (kills in the middle of loads, SIGTERM
// under load, memory over 50,000 requests). Their files end in .fault.ts, so `npm test` leaves them out.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/faults/**/*.fault.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});

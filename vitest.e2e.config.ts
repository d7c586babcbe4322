// Real-browser tests (`npm run test:e2e`, after `wxt build`): test/e2e/**/*.e2e.ts in Chromium
// through playwright-core. One file at a time (each launches one browser; the machine is small),
// generous timeouts for browser start-up.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // Same aliases as the unit tests (tests may import lib/ code to compute expected texts).
  plugins: [WxtVitest()],
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});

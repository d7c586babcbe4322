import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup/fast-check.ts'],
    environment: 'node',
    mockReset: true,
    restoreMocks: true,
  },
});

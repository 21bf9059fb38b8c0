import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts', 'property/**/*.test.ts', 'guards/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // End-to-end tests spawn the CLI; two at a time on a 2-core machine.
    maxWorkers: 2,
  },
});

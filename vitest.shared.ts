import { defineConfig } from 'vitest/config';

/**
 * Shared test settings. Turbo runs several packages' suites at once on small CI machines, so
 * timeouts are generous: they catch hangs, not slowness (performance is measured by `npm run bench`).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

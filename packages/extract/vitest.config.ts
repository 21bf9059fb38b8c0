import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Megabyte-sized adversarial inputs run here; under a loaded CI machine 5 s is too tight.
  test: { testTimeout: 60_000 },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/scratch-tmpdir.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Browser tests share two cores with the rest of the suite: keep parallelism modest.
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium with the built extension; one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});

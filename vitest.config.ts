import preact from '@preact/preset-vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Every test file in the tree, wherever it sits (the e2e suites are *.e2e.ts, run on their own).
    include: ['**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, '.output/**', '.wxt/**'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 20_000,
  },
});

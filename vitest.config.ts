import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    testTimeout: 20_000,
  },
});

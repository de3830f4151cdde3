import { defineConfig } from 'vitest/config';

/**
 * Two kinds of tests: unit tests (`*.test.ts`) run before the build; build tests
 * (`*.build.test.ts`) inspect the production build in `build/` and run after it
 * (`npm run test:build`).
 */
export default defineConfig({
  test: {
    include: process.env.TEST_BUILD_OUTPUT ? ['src/**/*.build.test.ts'] : ['src/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      '**/__fixtures__/**',
      ...(process.env.TEST_BUILD_OUTPUT ? [] : ['src/**/*.build.test.ts']),
    ],
  },
});

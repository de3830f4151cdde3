import { defineConfig } from 'vitest/config';

/**
 * Three suites, chosen with VITEST_SUITE: `unit` (default, `*.test.ts`, before the build), `build`
 * (`*.build.test.ts`, inspects `build/`) and `e2e` (`*.e2e.test.ts`, drives Chromium against the
 * served build).
 */
const suite = process.env.VITEST_SUITE ?? 'unit';
const patterns: Record<string, string> = {
  unit: 'src/**/*.test.ts',
  build: 'src/**/*.build.test.ts',
  e2e: 'src/**/*.e2e.test.ts',
};
const include = patterns[suite];
if (!include) {
  throw new Error(`VITEST_SUITE must be one of ${Object.keys(patterns).join(', ')}; got "${suite}"`);
}

export default defineConfig({
  test: {
    include: [include],
    exclude: [
      '**/node_modules/**',
      '**/__fixtures__/**',
      ...(suite === 'unit' ? ['src/**/*.build.test.ts', 'src/**/*.e2e.test.ts'] : []),
    ],
    // Generous for unit tests that run the real CLIs and compiler on a loaded 2-core machine.
    testTimeout: 60_000,
    ...(suite === 'e2e' && { testTimeout: 600_000, hookTimeout: 60_000, fileParallelism: false, maxConcurrency: 3 }),
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // PGlite opens in ~5 s alone but several times that on a loaded 2-core CI machine.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // PGlite and Chromium are memory-heavy; two cores on CI.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});

import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The long runs (100,000 fuzz cases, 50 MB report, random kills) are `npm run test:stress`.
    exclude: [...configDefaults.exclude, 'test/stress/**'],
    testTimeout: 30_000,
    pool: 'forks',
    // Each test process answers from its own in-memory store built from data/reports, so parallel
    // test files never contend for (or leave behind) data/store.sqlite.
    env: { STORE_PATH: ':memory:' },
  },
});

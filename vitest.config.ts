import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Each test process answers from its own in-memory store built from data/reports, so parallel
    // test files never contend for (or leave behind) data/store.sqlite.
    env: { STORE_PATH: ':memory:' },
  },
});

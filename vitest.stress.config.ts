import { defineConfig } from 'vitest/config';

// Long-running reliability runs (100,000 fuzz cases, the 50 MB report): `npm run test:stress`.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 600_000,
    pool: 'forks',
    env: { STORE_PATH: ':memory:' },
  },
});

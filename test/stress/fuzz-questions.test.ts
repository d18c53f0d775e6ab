import { describe, expect, it } from 'vitest';
import { fuzzEngine } from '../reliability/fuzz-engine.ts';

// 100,000 fuzzed questions in four seeded runs of 25,000 (each well inside its own timeout).
describe('stress: fuzzed questions', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`answers 25,000 fuzzed questions (seed ${seed})`, async () => {
      const result = await fuzzEngine(25_000, seed);
      console.log(`stress fuzz seed ${seed}: ${result.cases} cases, ${result.answered} answered, ${result.ms} ms`);
      expect(result.cases).toBe(25_000);
    }, 1_200_000);
  }
});

import { expect, it } from 'vitest';
import { fuzzEngine } from './fuzz-engine.ts';

// 2,000 fuzzed questions through the real engine (the stress suite runs 100,000). Fixed seed, so a
// failure reproduces; fast-check prints the shrunk question.
it('answers 2,000 fuzzed questions: no exception, valid HTML, no untraced figure', async () => {
  const result = await fuzzEngine(2000, 20261123);
  console.log(`fuzz-questions: ${result.cases} cases, ${result.answered} answered, ${result.ms} ms`);
  expect(result.cases).toBe(2000);
}, 60_000);

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normaliseQuestion } from '../../src/nlu/normalise-question.ts';
import { loadExamples } from './load-examples.ts';

const cases = loadExamples('normalise.examples.json', z.array(z.object({ q: z.string(), expect: z.string() })));

describe('normaliseQuestion', () => {
  it.each(cases)('$q', ({ q, expect: want }) => {
    expect(normaliseQuestion(q)).toBe(want);
  });

  it.each(cases)('is idempotent: $q', ({ q }) => {
    const once = normaliseQuestion(q);
    expect(normaliseQuestion(once)).toBe(once);
  });
});

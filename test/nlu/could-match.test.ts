import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildCouldMatchIndex, couldMatch } from '../../src/nlu/could-match.ts';

const text = (min: number, max: number) => fc.array(fc.constantFrom(...'政府信息公开申请行政复议诉讼收费提案建议'), { minLength: min, maxLength: max }).map((cs) => cs.join(''));

describe('couldMatch', () => {
  it('never rules out a term fuse.js would match (the pre-check only saves work)', () => {
    fc.assert(
      fc.property(text(4, 10), text(0, 20), fc.constantFrom(0.1, 0.25, 0.4), (term, q, threshold) => {
        const r = new Fuse([q], { includeScore: true, threshold, ignoreLocation: true }).search(term)[0];
        if (r && (r.score ?? 1) <= threshold) expect(couldMatch(term, new Set(q), threshold)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rules out a term whose characters the question mostly lacks', () => {
    expect(couldMatch('行政复议决定', new Set('今天天气怎么样'), 0.25)).toBe(false);
    expect(couldMatch('行政复议决定', new Set('行政复议决订多少'), 0.25)).toBe(true);
  });

  it('the index lets through exactly the terms couldMatch does, in term order', () => {
    fc.assert(
      fc.property(fc.array(text(1, 10), { maxLength: 40 }), text(0, 20), fc.constantFrom(0.1, 0.25, 0.4), (terms, q, threshold) => {
        const index = buildCouldMatchIndex(terms, threshold);
        const expected = terms.flatMap((t, i) => (couldMatch(t, new Set(q), threshold) ? [i] : []));
        expect(index(q)).toEqual(expected);
        expect(index(q)).toEqual(expected); // counters reset between questions
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../../src/nlu/term-index.ts';

const ASCII_WORD = /[a-z0-9]/;

/** Every occurrence by indexOf, with the same rule for English words as the index. */
function naive(terms: string[], q: string): string[] {
  const out: string[] = [];
  for (const term of new Set(terms)) {
    if (term === '') continue;
    for (let at = q.indexOf(term); at >= 0; at = q.indexOf(term, at + 1)) {
      const end = at + term.length;
      const cut = (ASCII_WORD.test(term[0] ?? '') && ASCII_WORD.test(q[at - 1] ?? '')) || (ASCII_WORD.test(term.at(-1) ?? '') && ASCII_WORD.test(q[end] ?? ''));
      if (!cut) out.push(`${at}-${end}:${term}`);
    }
  }
  return out.sort();
}

const text = fc.array(fc.constantFrom(...'张店区科技局中心ab1 '), { maxLength: 12 }).map((cs) => cs.join(''));

describe('term index', () => {
  it('finds exactly the occurrences indexOf finds, overlapping and nested ones included', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 25 }), text, (terms, q) => {
        const index = buildTermIndex(terms.map((t) => [t, t] as const));
        expect(index.findAll(q).map((h) => `${h.start}-${h.end}:${h.term}`).sort()).toEqual(naive(terms, q));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every distinct value of a shared term', () => {
    const index = buildTermIndex([['科技局', 'a'], ['科技局', 'b'], ['科技局', 'a']] as const);
    expect(index.findAll('区科技局').map((h) => h.values)).toEqual([['a', 'b']]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgencyMatcher, type AgencyInput } from '../../src/nlu/agency-entity.ts';
import { buildCharIndex } from '../../src/nlu/char-index.ts';
import { editDistance, editSimilarity } from '../../src/text/edit-similarity.ts';

/** Textbook Levenshtein over code points: what the fast one must agree with. */
function reference(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[y.length] ?? 0;
}

// Few characters, so random names share many; an astral character checks code-point handling.
const name = fc.array(fc.constantFrom(...'科学技术局中心公安教育办事处街道𠀋'), { maxLength: 9 }).map((cs) => cs.join(''));

describe('edit distance', () => {
  it('agrees with the textbook algorithm, astral characters included', () => {
    fc.assert(fc.property(name, name, (a, b) => editDistance(a, b) === reference(a, b)), { numRuns: 3000 });
  });
});

describe('character index', () => {
  it('returns every entry with any similarity, and its bound is never below the true similarity', () => {
    fc.assert(
      fc.property(fc.array(name, { maxLength: 30 }), name, (names, probe) => {
        const shares = buildCharIndex(names, (n) => n).sharing(probe);
        names.forEach((n, i) => {
          const sim = editSimilarity(probe, n);
          const share = shares.find((s) => s.entry === n);
          if (sim > 0 && n !== '' && probe !== '') expect(share, `${probe} vs ${n} (#${i})`).toBeDefined();
          if (share) expect(share.bound).toBeGreaterThanOrEqual(sim - 1e-9);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('leaves its counters clean between probes (same answer twice)', () => {
    const index = buildCharIndex(['科学技术局', '公安局', '教育局'], (n) => n);
    expect(index.sharing('科技局')).toEqual(index.sharing('科技局'));
    expect(index.sharing('科技局').map((s) => s.entry)).toEqual(['科学技术局', '公安局', '教育局']);
  });
});

describe('agency matching at city scale', () => {
  // 3,000 invented agencies: fuzzy matching must still find the one a typo means, and suggest the
  // nearest names for an unknown one, now that it only compares names sharing characters.
  const syllables = [...'东西南北山水林田湖草海河泉石金木火土风云雷电春夏秋冬江淮青黄红白'];
  const types = ['局', '中心', '办公室', '委员会', '街道办事处'];
  const agencies: AgencyInput[] = Array.from({ length: 3000 }, (_, i) => {
    const a = syllables[i % syllables.length] ?? '';
    const b = syllables[Math.floor(i / syllables.length) % syllables.length] ?? '';
    const c = syllables[Math.floor(i / syllables.length ** 2) % syllables.length] ?? '';
    return { name: `张店区${a}${b}${c}管理${types[i % types.length]}`, aliases: [] };
  });
  const matcher = buildAgencyMatcher(agencies);

  it('a dropped character still finds the agency', () => {
    expect(agencies.some((a) => a.name === '张店区东北西管理局')).toBe(true);
    const m = matcher.match('东北西管局2018年收到多少申请');
    expect(m.kind === 'fuzzy' && m.agency).toBe('张店区东北西管理局');
  });

  it('an unknown agency gets the nearest names of the same type as suggestions', () => {
    const m = matcher.match('张店区东北西规划建设局2018年收到多少申请');
    expect(m.kind).toBe('unknown');
    const closest = m.kind === 'unknown' ? m.closest : [];
    expect(closest).toContain('张店区东北西管理局');
    for (const c of closest) expect(c.endsWith('局')).toBe(true);
  });
});

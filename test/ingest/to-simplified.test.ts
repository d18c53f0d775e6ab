import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import * as T2cn from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/text/to-simplified.ts';

// OpenCC's hk → cn without the skip, with the same length rule: what toSimplified must equal.
const convert = ConverterFactory(...(T2cn.from.hk ?? []), ...(T2cn.to.cn ?? []));
function reference(text: string): string {
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  return [...text].map((ch) => (convert(ch).length === ch.length ? convert(ch) : ch)).join('');
}

// Simplified, traditional and shared characters, phrase pieces (乾燥, 著作, 後來) and ASCII.
const pool = [...'张店区科学技术局政府信息公开申请收到张店區科學技術局政府資訊公開申請收到乾燥干燥著作着衣後來后来發展发展髮型頭髮一口吃個里裏裡面台臺颱風 2018年'];
const text = fc.array(fc.constantFrom(...pool), { maxLength: 30 }).map((cs) => cs.join(''));

describe('toSimplified', () => {
  it('equals converting every text with OpenCC (skipping text with nothing to convert changes no output)', () => {
    fc.assert(fc.property(text, (t) => toSimplified(t) === reference(t)), { numRuns: 5000 });
  });

  it('converts traditional forms and keeps the length', () => {
    expect(toSimplified('張店區科學技術局')).toBe('张店区科学技术局');
    expect(toSimplified('政府資訊公開').length).toBe('政府資訊公開'.length);
    expect(toSimplified('张店区科学技术局2018年')).toBe('张店区科学技术局2018年');
  });
});

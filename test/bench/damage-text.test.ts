import { describe, expect, it } from 'vitest';
import { sprinkleSpaces, wrapLine, type TextDamage } from '../../src/bench/damage-text.ts';
import { createRandom } from '../../src/bench/seeded-random.ts';

const TEXT = '2018年度，区科技局收到政府信息公开申请735921次，网址http://www.zhangdian.gov.cn，联系电话0533-2869907。全年主动公开政府信息50条。';

describe('wrapLine', () => {
  it('breaks at the width, never inside a number or URL, never before 。', () => {
    for (const width of [25, 27, 30]) {
      const lines = wrapLine(TEXT, width);
      expect(lines.join('')).toBe(TEXT);
      expect(lines.length).toBeGreaterThan(1);
      for (const [i, line] of lines.entries()) {
        expect(line).not.toMatch(/^[，。、]/);
        if (i > 0) expect(`${lines[i - 1]?.at(-1)}${line[0]}`).not.toMatch(/^[0-9A-Za-z.:/-]{2}$/);
      }
    }
  });
});

describe('sprinkleSpaces', () => {
  it('only adds spaces', () => {
    const d: TextDamage = { width: 26, blankAfterEveryLine: true, numberSpace: 0.5, spacedRun: 1, pageEvery: null, pageStyle: 0, indent: false };
    const out = sprinkleSpaces(createRandom(3), TEXT, d);
    expect(out).not.toBe(TEXT);
    expect(out.replace(/ /g, '')).toBe(TEXT.replace(/ /g, ''));
  });
});

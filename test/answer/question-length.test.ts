import { describe, expect, it } from 'vitest';
import { loadAnswerConfig } from '../../src/answer/answer-config.ts';
import { botOver, fact, report } from './fixture-reports.ts';

// A question is read up to answer-config maxQuestionChars: a pasted page must not make one answer
// take seconds (a 15,000-character fuzzed question took 6 s in the leftover-word check).
const { engine } = botOver([report('甲乙县科学技术局', 2021, [fact({ metric: 'applications.received', label: '本年新收政府信息公开申请数量', value: 12 })])]);
const max = loadAnswerConfig().maxQuestionChars;

describe('a question is read up to maxQuestionChars characters', () => {
  it('reads a question within the limit', () => {
    const q = `${'，'.repeat(max - 30)}甲乙县科学技术局2021年收到多少申请`;
    expect(engine.ask(q).facts.map((f) => f.value)).toEqual([12]);
  });

  it('does not read what stands beyond it', () => {
    const q = `${'，'.repeat(max)}甲乙县科学技术局2021年收到多少申请`;
    expect(engine.ask(q).status).toBe('not_understood');
  });
});

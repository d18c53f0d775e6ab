import { describe, expect, it } from 'vitest';
import type { Reply, ReplyFact } from '../../src/answer/reply.ts';
import type { StoredFact } from '../../src/model/fact-source.ts';
import { checkReply } from './check-reply.ts';
import { untracedNumbers, type TraceContext } from './traced-numbers.ts';

// The fuzz oracle must itself catch a made-up figure, or its "0 failures" means nothing.

const CTX: TraceContext = { quotedPieces: new Set(['张店区科学技术局2018年政府信息公开工作年度报告']), problemNumbers: new Set([384]), reportCount: 5 };
const fact = (value: number, year = 2018): ReplyFact => ({
  agency: '张店区科学技术局', year, metric: 'proactive.total', label: '主动公开政府信息', value, unit: '条', qualifier: null,
  source: { report: '张店区科学技术局2018年政府信息公开工作年度报告', section: '二、主动公开', quote: `主动公开政府信息 ${value}条` },
});
const reply = (text: string, facts: ReplyFact[] = []): Reply => ({ status: 'answered', text, facts, options: [] });
const stored = [{ ...fact(50), id: 1, reportTitle: '', reportFile: '' } as unknown as StoredFact];

describe('the traceability oracle', () => {
  it('allows years, dates, quotes, ordinals, fact values and what is computed from them', () => {
    const text = '50条 —— “主动公开政府信息 50条”\n1. 2018年12月31日前\n2017年40条 → 2018年50条，增加10条，变化25%\n核对发现：384 ≠ 389？';
    const untraced = untracedNumbers(reply(text, [fact(50), fact(40, 2017)]), stored, CTX);
    expect(untraced).toHaveLength(1);
    expect(untraced[0]).toMatch(/^389 in /);
  });

  it('allows a stored figure listed apart with its own label, not a made-up one', () => {
    const notFound = (text: string): Reply => ({ status: 'not_found', text, facts: [], options: [] });
    expect(untracedNumbers(notFound('报告没有按“传真”细分。\n报告给出的是：\n· 50条 —— “主动公开政府信息”（主动公开政府信息数）'), stored, CTX)).toEqual([]);
    expect(untracedNumbers(notFound('报告给出的是：\n· 51条 —— “主动公开政府信息”'), stored, CTX)).toHaveLength(1);
    expect(untracedNumbers(notFound('报告给出的是：\n· 50条 —— “收到申请”'), stored, CTX)).toHaveLength(1);
  });

  it('flags a figure no fact supports, and a reply fact the store does not hold', () => {
    expect(untracedNumbers(reply('科技局2018年收到777件申请'), stored, CTX)).toHaveLength(1);
    expect(checkReply(reply('51条', [fact(51)]), stored, CTX)).toContain('reply fact not stored: 张店区科学技术局 2018 proactive.total=51');
  });
});

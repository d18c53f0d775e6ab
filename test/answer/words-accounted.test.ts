import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

// The answer policy's word rule (src/answer/words-accounted.ts): every word a question has beyond its
// agency, year, metric and dimensions must be said by the fact, apart from the neutral words.
const table = '三、收到和处理政府信息公开申请情况';
const row = (label: string, value: number) => `${label} | ${value} | 0 | ${value}`;
const { engine } = botOver([
  report('甲乙县某某局', 2021, [
    fact({ metric: 'review.total', label: '行政复议', value: 4, quote: '行政复议4件。' }),
    fact({ metric: 'applications.received', dims: { applicant: 'total' }, label: '一、本年新收政府信息公开申请数量（总计）', value: 56, section: table, quote: row('一、本年新收政府信息公开申请数量', 56) }),
    fact({ metric: 'applications.received', dims: { applicant: 'natural_person' }, label: '一、本年新收政府信息公开申请数量（自然人）', value: 51, section: table, quote: row('一、本年新收政府信息公开申请数量', 51) }),
    fact({ metric: 'applications.processed', dims: { applicant: 'natural_person' }, label: '(七)总计（自然人）', value: 62, section: table, quote: row('(七)总计', 62) }),
    fact({ metric: 'figure', label: '自然人申请', value: 63, quote: '共收到申请68件（其中上年结转12件），其中自然人申请63件。' }),
  ]),
  report('甲乙县民政局', 2021, [
    fact({ metric: 'review.total', label: '行政复议', value: 2, quote: '行政复议2件。' }),
    fact({ metric: 'applications.received', label: '全年政务大厅窗口登记的政府信息公开申请', value: 240, quote: '全年政务大厅窗口登记的政府信息公开申请240件。' }),
  ]),
  report('甲乙县审计管理所', 2021, [fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 30, unit: '条', quote: '主动公开政府信息30条。' })]),
  report('甲乙县统计事务中心', 2021, [fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 12, unit: '条', quote: '主动公开政府信息12条。' })]),
]);

const values = (q: string) => {
  const r = engine.ask(q);
  return { status: r.status, values: r.facts.map((f) => f.value) };
};

describe('every word left over is said by the fact', () => {
  it('does not answer with a catalogue figure that says nothing of the words the question adds', () => {
    expect(values('甲乙县某某局2021年涉及教育的行政复议有几件')).toEqual({ status: 'not_found', values: [] });
    expect(values('甲乙县某某局2021年行政复议被纠错的申请人有几件').values).not.toContain(4);
  });

  it('still answers the catalogue figure when the words added are neutral (因信息公开被提起)', () => {
    expect(values('甲乙县某某局2021年因信息公开被提起的行政复议有几件')).toEqual({ status: 'answered', values: [4] });
  });

  it('still answers a table figure asked in free words (收到, 一共, 多少申请 are said or neutral)', () => {
    expect(values('甲乙县某某局2021年一共收到多少信息公开申请')).toEqual({ status: 'answered', values: [56] });
  });

  it('reads a stop word written as a numbered row label as that row ((七)总计 is the 总计 row)', () => {
    expect(values('甲乙县某某局2021年(七)总计（自然人）是多少')).toEqual({ status: 'answered', values: [62] });
  });

  it('lists a prose figure stated under the question\'s own words beside a different table figure', () => {
    const r = values('甲乙县某某局2021年自然人申请是多少');
    expect(r.values).toContain(63);
    expect(r.values).toContain(51);
  });

  it('a misspelt name the agency matcher missed is no word left over for that agency, and never another one', () => {
    const ask = (chat: string, q: string) => engine.ask(q, chat).facts.map((f) => f.value);
    // The chat's last agency is the one misspelt: its name accounts for the typo.
    ask('a', '甲乙县审计管理所2021年主动公开多少条');
    expect(ask('a', '审计管所2021年主动公开多少条')).toEqual([30]);
    // Another agency's chat: the typo names no figure of 统计事务中心, so nothing is answered for it.
    ask('b', '甲乙县统计事务中心2021年主动公开多少条');
    expect(ask('b', '审计管所2021年主动公开多少条')).not.toContain(12);
  });

  it('a fact of another metric never answers because its label says the words added (政务大厅 is no 行政复议)', () => {
    expect(values('甲乙县民政局2021年政务大厅窗口登记的行政复议有几件').values).not.toContain(240);
  });
});

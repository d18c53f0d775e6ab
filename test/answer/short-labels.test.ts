import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

// A question whose words are one short word (主办, 会议, (七)总计) is too little for the word search: the
// fact whose own label is that word, and nothing else, answers; a label holding it among other words
// (政府会议, 行政复议 总计) or a sentence sharing it does not.
const table = '三、收到和处理政府信息公开申请情况';
const proposals = '2023年，我区共收到市人大代表建议5件，其中主办2件，分办1件，协办2件；';
const kinds = '其中机构职能类4条，法规公文28条，会议7条，规划计划1条，部门动态65条';
const { engine } = botOver([
  report('甲乙县某某局', 2023, [
    fact({ metric: 'npc_suggestions.received', label: '收到市人大代表建议', value: 5, quote: proposals }),
    fact({ metric: 'figure', label: '主办', value: 2, quote: proposals }),
    fact({ metric: 'figure', label: '分办', value: 1, quote: proposals }),
    fact({ metric: 'figure', label: '协办', value: 2, quote: proposals }),
    fact({ metric: 'figure', label: '机构职能类', value: 4, unit: '条', quote: kinds }),
    fact({ metric: 'figure', label: '会议', value: 7, unit: '条', quote: kinds }),
    fact({ metric: 'figure', label: '政府会议', value: 3, unit: '条', quote: '召开政府会议3条。' }),
    fact({ metric: 'figure', label: '印发', value: 20000, unit: '份', quote: '全年共出版公报4期，印发20000份，分别发至各部门。' }),
    fact({ metric: 'figure', label: '2023年共开展', value: 10, unit: '期', quote: '开展单位主要负责人回访群众诉求活动，2023年共开展10期。' }),
    fact({ metric: 'applications.processed', dims: { applicant: 'natural_person' }, label: '(七)总计（自然人）', value: 62, section: table, quote: '（七）总计 | 62 | 5 | 67' }),
    fact({ metric: 'applications.processed', dims: { applicant: 'total' }, label: '(七)总计（总计）', value: 67, section: table, quote: '（七）总计 | 62 | 5 | 67' }),
    fact({ metric: 'review.total', label: '行政复议 总计', value: 0, section: '四、因政府信息公开工作被申请行政复议和提起行政诉讼情况', quote: '0 | 0 | 0 | 0 | 0' }),
  ]),
]);

const values = (q: string) => {
  const r = engine.ask(q);
  return { status: r.status, values: r.facts.map((f) => f.value) };
};

describe('a question of one short word', () => {
  it('is answered by the figure whose label is that word (其中主办2件, 会议7条, 印发20000份)', () => {
    expect(values('甲乙县某某局2023年主办是多少')).toEqual({ status: 'answered', values: [2] });
    expect(values('甲乙县某某局2023年分办是多少')).toEqual({ status: 'answered', values: [1] });
    expect(values('甲乙县某某局2023年会议是多少')).toEqual({ status: 'answered', values: [7] });
    expect(values('甲乙县某某局2023年印发多少份')).toEqual({ status: 'answered', values: [20000] });
  });

  it('is answered by the table row whose label is that row ((七)总计（总计）, not 行政复议 总计)', () => {
    expect(values('甲乙县某某局2023年(七)总计（总计）是多少')).toEqual({ status: 'answered', values: [67] });
  });

  it('compares the label read as a question is read: its year and stop words aside (2023年共开展 says 开展)', () => {
    expect(values('甲乙县某某局2023年2023年共开展是多少')).toEqual({ status: 'answered', values: [10] });
    expect(values('甲乙县某某局2023年共开展多少期')).toEqual({ status: 'answered', values: [10] });
  });

  it('is not answered by a label holding the word among others, nor in a unit the figure is not in', () => {
    expect(values('甲乙县某某局2023年部门是多少').status).not.toBe('answered');
    expect(values('甲乙县某某局2023年会议多少元').values).not.toContain(7);
    expect(values('甲乙县某某局2023年政府是多少').values).not.toContain(3);
  });
});

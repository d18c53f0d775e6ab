import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

const GOV = '张店区人民政府';
const OFFICE = '张店区人民政府办公室';
const SCI = '张店区科学技术局';
const CENTER = '张店区机关事务服务中心';

const applicants = (values: Record<string, number>) =>
  Object.entries(values).map(([applicant, value]) =>
    fact({ metric: 'applications.received', dims: { applicant }, value, label: `一、本年新收政府信息公开申请数量（${applicant}）`, section: '三、收到和处理政府信息公开申请情况' }),
  );

const reports = [
  report(OFFICE, 2023, [
    ...applicants({ natural_person: 7, commercial: 3, total: 10 }),
    fact({ metric: 'applications.outcome', dims: { applicant: 'total', outcome: 'unable' }, value: 5, derived: true, label: '(四)无法提供（各项合计，总计）' }),
    fact({ metric: 'applications.outcome', dims: { applicant: 'total', outcome: 'unable.not_held' }, value: 5, label: '(四)无法提供 1.本机关不掌握相关政府信息（总计）' }),
    fact({ metric: 'interpretation.total', value: 30, unit: '条', qualifier: '余', label: '公开解读' }),
    fact({ metric: 'interpretation.total', dims: { kind: 'expert' }, value: 12, unit: '条', label: '专家解读' }),
    fact({ metric: 'interpretation.total', dims: { kind: 'department' }, value: 20, unit: '条', label: '部门解读' }),
  ], [{ code: 'itemised_sum', file: 'x', severity: 'warning', section: '一、总体情况', message: 'items add up to 32', facts: ['interpretation.total=30', 'interpretation.total[kind=expert]=12'] }]),
  report(GOV, 2017, [
    fact({ metric: 'proactive.total', dims: { channel: 'website' }, value: 400, unit: '条', label: '通过政府门户网站发布信息', section: '四、主动公开政府信息情况' }),
    fact({ metric: 'proactive.total', dims: { channel: 'weibo' }, value: 60, unit: '条', label: '政务微博发布信息', section: '四、主动公开政府信息情况' }),
    fact({ metric: 'review.total', value: 9, unit: '起', label: '行政复议' }),
    fact({ metric: 'figure', value: 40, unit: '期', label: '编辑出版《张店通讯》', quote: '编辑出版《张店通讯》40期，印刷发行80万份。' }),
    fact({ metric: 'figure', value: 80, unit: '万份', label: '印刷发行', quote: '编辑出版《张店通讯》40期，印刷发行80万份。' }),
  ]),
  report(GOV, 2018, [
    fact({ metric: 'applications.received', value: 20, label: '共收到申请', section: '三、依申请公开政府信息情况' }),
    fact({ metric: 'review.total', value: 3, unit: '起', label: '行政复议' }),
    fact({ metric: 'proactive.total', value: 900, unit: '条', label: '新增公开发布信息' }),
  ]),
  report(SCI, 2018, [
    fact({ metric: 'applications.received', value: 0, label: '没有收到申请政府信息公开的受理件', quote: '2018年度，区科技局没有收到申请政府信息公开的受理件；' }),
    fact({ metric: 'proactive.total', value: 50, unit: '条', label: '主动公开政府信息' }),
  ]),
  report(CENTER, 2018, [
    fact({ metric: 'applications.received', value: 0, label: '未收到任何信息公开申请', quote: '2018年，中心未收到任何信息公开申请。' }),
    fact({ metric: 'proactive.total', dims: { channel: 'website' }, value: 150, unit: '条', qualifier: '余', label: '通过门户网站主动公开信息' }),
  ]),
];

describe('fact selection rules', () => {
  const { engine } = botOver(reports);

  it('drops facts whose dimensions conflict with the question and prefers the asked split', () => {
    const r = engine.ask('区政府办公室2023年自然人提交的申请数');
    expect(r.status).toBe('answered');
    expect(r.facts.map((f) => f.value)).toEqual([7]);
  });

  it('prefers the table total when the question asks for no split', () => {
    expect(engine.ask('区政府办公室2023年收到多少申请').facts.map((f) => f.value)).toEqual([10]);
  });

  it('answers a group outcome from the derived group fact, saying it is a sum', () => {
    const r = engine.ask('区政府办公室2023年无法提供的申请有多少');
    expect(r.facts.map((f) => f.value)).toEqual([5]);
    expect(r.text).toContain('各项相加');
  });

  it('lists every tied fact when there is no total (channels without a sum)', () => {
    const r = engine.ask('区政府2017年主动公开信息多少条');
    expect(r.status).toBe('answered');
    expect(r.facts.map((f) => f.value).sort()).toEqual([400, 60]);
    expect(r.text).toContain('400条');
    expect(r.text).toContain('60条');
  });

  it('answers a zero statement with 0 and the report words', () => {
    const r = engine.ask('机关事务服务中心2018年收到几件申请');
    expect(r.facts.map((f) => f.value)).toEqual([0]);
    expect(r.text).toContain('0件');
    expect(r.text).toContain('未收到任何信息公开申请');
  });

  it('a zero total stands for an asked split the report does not make', () => {
    const r = engine.ask('科技局2018年自然人申请数');
    expect(r.facts.map((f) => f.value)).toEqual([0]);
    expect(r.text).toContain('总数为0');
  });

  it('a non-zero figure is not passed off as a split the report does not make', () => {
    const r = engine.ask('科技局2018年通过门户网站主动公开信息多少条');
    expect(r.status).toBe('not_found');
    expect(r.facts).toEqual([]);
    expect(r.text).toContain('50条');
  });

  it('adds a warning line when the consistency check flagged the fact', () => {
    expect(engine.ask('区政府办公室2023年政策解读多少条').text).toMatch(/⚠.*items add up to 32/);
    expect(engine.ask('区政府办公室2023年专家解读多少条').text).toContain('⚠');
    expect(engine.ask('区政府办公室2023年部门解读多少条').text).not.toContain('⚠');
  });

  it('finds a narrative figure by its label and the unit the question names', () => {
    expect(engine.ask('2017年张店通讯编辑出版多少期').facts.map((f) => f.value)).toEqual([40]);
    expect(engine.ask('2017年张店通讯印刷发行多少万份').facts.map((f) => f.value)).toEqual([80]);
  });

  it('never guesses a narrative figure without a strong label match', () => {
    const r = engine.ask('2017年区政府培训了多少人次');
    expect(r.status).not.toBe('answered');
    expect(r.facts).toEqual([]);
  });

  it('says what the report covers when the metric is not in it', () => {
    const r = engine.ask('科技局2018年行政复议多少起');
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('本年新收政府信息公开申请数量');
  });
});

describe('agency and year rules', () => {
  it('unknown agency: not_found naming the closest known agencies, never another agency’s figure', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('张店区公安局2018年收到多少申请');
    expect(r.status).toBe('not_found');
    expect(r.facts).toEqual([]);
    expect(r.text).toContain('张店区公安局');
  });

  it('known agency without that year: not_found listing its years as options', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('科技局2019年收到多少申请');
    expect(r.status).toBe('not_found');
    expect(r.text).toContain('2018');
    expect(r.options.map((o) => o.question).join()).toContain('2018');
  });

  it('related agency: answers from the report of an agency whose name contains the asked one, and says so', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('张店区人民政府2023年收到多少申请');
    expect(r.status).toBe('answered');
    expect(r.facts[0]?.agency).toBe(OFFICE);
    expect(r.text).toContain('没有2023年的报告');
  });

  it('asks which agency when several report for the year, and the reply fills the slot', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('2018年收到多少申请', 'c');
    expect(r.status).toBe('clarify');
    expect(r.options.length).toBe(3);
    const picked = engine.ask(r.options.find((o) => o.label === SCI)?.question ?? '', 'c');
    expect(picked.facts.map((f) => f.value)).toEqual([0]);
    // Answering with just the agency name also works: the metric and year were remembered.
    expect(engine.ask('2018年收到多少申请', 'd').status).toBe('clarify');
    expect(engine.ask('区政府', 'd').facts.map((f) => f.value)).toEqual([20]);
  });

  it('the only report of a year answers a question without agency, saying so', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('2023年专家解读有几条');
    expect(r.facts.map((f) => f.value)).toEqual([12]);
    expect(r.text).toContain('只有');
  });

  it('no year: the agency’s newest report, saying so and offering the others', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('区政府行政复议多少起');
    expect(r.facts.map((f) => f.value)).toEqual([3]);
    expect(r.text).toContain('最新');
    expect(r.options.some((o) => o.question.includes('2017'))).toBe(true);
  });

  it('relative years count from the newest report and the answer states the rule', () => {
    const { engine } = botOver(reports);
    const r = engine.ask('区政府办公室今年收到多少申请');
    expect(r.facts.map((f) => f.value)).toEqual([10]);
    expect(r.text).toContain('最新报告年度2023年');
  });
});

describe('conversation context', () => {
  it('follow-ups reuse the missing slots', () => {
    const { engine } = botOver(reports);
    expect(engine.ask('区政府2018年行政复议多少起', 'a').facts.map((f) => f.value)).toEqual([3]);
    expect(engine.ask('那2017年呢', 'a').facts.map((f) => f.value)).toEqual([9]);
    expect(engine.ask('主动公开呢', 'a').facts.map((f) => f.value).sort()).toEqual([400, 60]);
    expect(engine.ask('科技局2018年主动公开多少条', 'b').facts.map((f) => f.value)).toEqual([50]);
    expect(engine.ask('机关事务服务中心呢', 'b').facts.map((f) => f.value)).toEqual([150]);
    expect(engine.ask('收到几件申请？', 'b').facts[0]?.agency).toBe(CENTER);
  });

  it('forgets the context after 30 minutes of silence', () => {
    const { engine, clock } = botOver(reports);
    engine.ask('区政府2018年行政复议多少起', 'a');
    clock.t += 29 * 60_000;
    expect(engine.ask('那2017年呢', 'a').facts.map((f) => f.value)).toEqual([9]);
    clock.t += 31 * 60_000;
    const late = engine.ask('那2018年呢', 'a');
    expect(late.facts).toEqual([]);
    expect(late.status).not.toBe('answered');
  });

  it('chats do not share context', () => {
    const { engine } = botOver(reports);
    engine.ask('区政府2018年行政复议多少起', 'a');
    expect(engine.ask('那2017年呢', 'other').status).not.toBe('answered');
  });

  it('shows the full source of the last answer', () => {
    const { engine } = botOver(reports);
    engine.ask('科技局2018年收到几件申请', 'a');
    for (const q of ['出处', '/source', '来源？']) {
      const r = engine.ask(q, 'a');
      expect(r.status).toBe('answered');
      expect(r.text).toContain('没有收到申请政府信息公开的受理件');
      expect(r.facts.map((f) => f.value)).toEqual([0]);
    }
  });
});

describe('several facts at once', () => {
  const { engine } = botOver(reports);

  it('compare: both figures, the difference and the change', () => {
    const r = engine.ask('区政府2017年和2018年行政复议对比');
    expect(r.facts.map((f) => f.value)).toEqual([9, 3]);
    expect(r.text).toContain('减少6起');
    expect(r.text).toContain('-66.7%');
  });

  it('multi: one line per year', () => {
    const r = engine.ask('区政府2017、2018年行政复议各多少起');
    expect(r.facts.map((f) => f.value)).toEqual([9, 3]);
  });

  it('rank: every agency with a single figure, the largest first; others listed apart', () => {
    const r = engine.ask('2018年哪个单位主动公开信息最多');
    expect(r.facts.map((f) => f.value)).toEqual([900, 150, 50]);
    expect(r.text.split('\n')[0]).toContain(GOV);
  });

  it('total_across: the sum as a computed fact, with every component', () => {
    const r = engine.ask('2018年所有单位主动公开信息合计多少条');
    expect(r.facts[0]?.value).toBe(1100);
    expect(r.facts.slice(1).map((f) => f.value).sort((a, b) => a - b)).toEqual([50, 150, 900]);
    expect(r.text).toContain('约1100条');
  });
});

describe('not understood, help and commands', () => {
  const { engine } = botOver(reports);

  it.each(['帮我订一张明天去北京的机票', '你好吗', 'qwertyuiop', '😀😀', '', '   '])('"%s" is not understood, with two examples', (q) => {
    const r = engine.ask(q);
    expect(r.status).toBe('not_understood');
    expect(r.options.length).toBe(2);
  });

  it.each(['/start', '/help', '你好', '/agencies', '/years', '/years 科技局', '/source', '/problems 区政府办公室 2023'])('%s is answered', (q) => {
    expect(engine.ask(q).status).toBe('answered');
  });

  it('keeps replies under 4096 characters', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      fact({ metric: 'proactive.total', dims: { channel: `c${i}` }, value: i + 1, unit: '条', label: `渠道${i}发布了很多很多很多很多很多很多信息` }),
    );
    const big = botOver([report(SCI, 2018, many)]);
    const r = big.engine.ask('科技局2018年主动公开多少条');
    expect(r.text.length).toBeLessThan(4096);
    expect(r.text).toMatch(/…等\d+项/);
  });
});

import { describe, expect, it } from 'vitest';
import { botOver, fact, report } from './fixture-reports.ts';

// The answer policy (README, "When the bot answers"): a figure answers only when its own label says what
// was asked. Short invented narrative reports in the shapes real ones take; the figures share sentences.
const sentence = '通过政务新媒体共计更新46条，通过门户网站发布信息83条。';
const { engine } = botOver([
  report('甲乙县某某局', 2021, [
    fact({ metric: 'figure', label: '通过政务新媒体共计更新', value: 46, unit: '条', quote: sentence }),
    fact({ metric: 'figure', label: '废止县政府规章', value: 9, quote: '废止县政府规章9件。' }),
    fact({ metric: 'figure', label: '全年共公开政府规范性文件', value: 3, quote: '全年共公开政府规范性文件3件。' }),
    fact({ metric: 'figure', label: '政府会议', value: 4, unit: '条', quote: '主动公开政府信息149条，其中政府会议4条。' }),
    fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 149, unit: '条', quote: '主动公开政府信息149条，其中政府会议4条。' }),
  ]),
  report('丙丁市人民政府', 2018, [
    fact({ metric: 'proactive.total', label: '全市新增主动公开政府信息', value: 4492, unit: '条', quote: '全市新增主动公开政府信息4492条，其中市级机关2244条。' }),
  ]),
  report('壬癸市人民政府', 2018, [
    fact({ metric: 'proactive.total', label: '全市新增主动公开政府信息', value: 5120, unit: '条', quote: '全市新增主动公开政府信息5120条，其中市级机关2600条。' }),
    fact({ metric: 'figure', label: '市级机关', value: 2600, unit: '条', quote: '全市新增主动公开政府信息5120条，其中市级机关2600条。' }),
  ]),
  report('子丑县某某管理处', 2011, [
    fact({ metric: 'figure', label: '我处政府信息公开工作指定人员总数', value: 3, unit: '人', quote: '我处政府信息公开工作指定人员总数3人。' }),
    fact({ metric: 'figure', label: '配备了', value: 2, unit: '名', quote: '配备了2名政府信息公开工作人员。' }),
  ]),
  report('戊己镇人民政府', 2024, [
    fact({ metric: 'proactive.total', label: '通过网站主动公开政府信息共', value: 48, unit: '条', quote: '通过网站主动公开政府信息共48条。' }),
  ]),
]);

const values = (q: string) => {
  const r = engine.ask(q);
  return { status: r.status, values: r.facts.map((f) => f.value), text: r.text };
};

describe('answer policy', () => {
  it('does not answer with a figure whose label names another channel than the one asked', () => {
    expect(values('甲乙县某某局2021年通过政务微博发布了多少条').values).not.toContain(46);
  });

  it('a metric the report does not state is not found; a figure sharing its words is listed apart with its label', () => {
    const r = values('甲乙县某某局2021年制发县政府规章几件');
    expect(r.status).toBe('not_found');
    expect(r.values).toEqual([]);
    expect(r.text).toContain('废止县政府规章');
    expect(r.text).toContain('不是所问的数字');
  });

  it('answers a metric the report does not state when one figure’s label holds every word of the question', () => {
    const r = values('甲乙县某某局2021年公开政府规范性文件多少件');
    expect(r).toMatchObject({ status: 'answered', values: [3] });
  });

  it('keeps the catalogue figure when a narrower-looking label shares only a common word', () => {
    expect(values('甲乙县某某局2021年主动公开多少条政府信息')).toMatchObject({ status: 'answered', values: [149] });
  });

  it('does not drop a dimension the metric is not split by: a city-wide total is not the city level', () => {
    const r = values('丙丁市2018年市级机关主动公开了多少条');
    expect(r.values).not.toContain(4492);
    expect(r.status).not.toBe('answered');
  });

  it('answers a split the table lacks from a prose figure whose own label names it', () => {
    expect(values('壬癸市2018年市级机关主动公开了多少条')).toMatchObject({ status: 'answered', values: [2600] });
  });

  it('reads 几个人 / 几名 as the measure 人, not as the natural-person applicant', () => {
    expect(values('子丑县某某管理处2011年政府信息公开工作指定了几个人')).toMatchObject({ status: 'answered', values: [3] });
    expect(values('子丑县某某管理处2011年配备了几名政府信息公开工作人员')).toMatchObject({ status: 'answered', values: [2] });
  });

  it('takes a dimension from the figure’s own label when the fact has no split', () => {
    expect(values('戊己镇2024年通过门户网站主动公开政府信息多少条')).toMatchObject({ status: 'answered', values: [48] });
  });
});

describe('a blank table cell', () => {
  const blank = { code: 'blank_cell', file: 'x.txt', severity: 'warning' as const, section: '三、收到和处理政府信息公开申请情况', message: 'row "一、本年新收政府信息公开申请数量": 商业企业 left blank', facts: ['applications.received[applicant=commercial]=blank'] };
  const { engine: withBlank } = botOver([
    report('庚辛县某某局', 2022, [fact({ metric: 'applications.received', dims: { applicant: 'natural_person' }, value: 5 })], [blank]),
  ]);

  it('is said to be not filled, never answered as 0', () => {
    const r = withBlank.ask('庚辛县某某局2022年商业企业提出的申请有多少');
    expect(r.status).not.toBe('answered');
    expect(r.text).toContain('留空');
    expect(r.text).toContain('不是0');
  });
});

// A metric the report states only in prose, the thing counted written after the figure ("收到1件因…提起的
// 行政复议"): the label and the counted noun together say what was asked; a noun that merely mentions it
// ("有关行政复议的信息") counts something else.
describe('a figure whose counted noun is the thing asked', () => {
  const { engine: nouns } = botOver([
    report('甲乙县某某办公室', 2022, [
      fact({ metric: 'figure', label: '2022年甲乙县某某办公室收到', value: 2, quote: '2022年甲乙县某某办公室收到2件因政府信息公开申请提起的行政复议。' }),
    ]),
    report('甲乙县某某街道办事处', 2021, [
      fact({ metric: 'figure', label: '今年至今共公开', value: 5, unit: '篇', quote: '今年至今共公开5 篇有关政策的解读。' }),
    ]),
    report('丙丁县某某局', 2022, [
      fact({ metric: 'figure', label: '网站发布', value: 3, unit: '条', quote: '网站发布3条有关行政复议的信息。' }),
    ]),
  ]);
  const ask = (q: string) => {
    const r = nouns.ask(q);
    return { status: r.status, values: r.facts.map((f) => f.value) };
  };

  it('answers when the noun after the figure ends in the one asked (…提起的行政复议)', () => {
    expect(ask('甲乙县某某办公室2022年收到几件行政复议')).toEqual({ status: 'answered', values: [2] });
  });

  it('answers when the head and its modifier make up the noun asked (有关政策的解读 for 政策解读)', () => {
    expect(ask('甲乙县某某街道办事处21年公开了几篇政策解读')).toEqual({ status: 'answered', values: [5] });
  });

  it('does not answer with a figure counting something about it (有关行政复议的信息)', () => {
    expect(ask('丙丁县某某局2022年网站发布了几条行政复议').status).not.toBe('answered');
  });

  it('does not answer when a word of the question is in neither the label nor the noun', () => {
    expect(ask('甲乙县某某办公室2022年被起诉几件行政复议').status).not.toBe('answered');
  });
});

// Several prose figures of one metric in a report (all three are 政策解读): the question's words beyond
// the metric pick the one whose own label says them; without such words, or with words no label holds,
// all are listed, none chosen.
describe('several figures of the asked metric', () => {
  const quote = '政策文件方面，配发解读材料4件，其中主要负责人解读2件；部门会议解读6条。';
  const { engine: several } = botOver([
    report('戊己县某某分局', 2025, [
      fact({ metric: 'interpretation.total', label: '配发解读材料', value: 4, quote }),
      fact({ metric: 'interpretation.total', label: '主要负责人解读', value: 2, quote }),
      fact({ metric: 'interpretation.total', label: '部门会议解读', value: 6, unit: '条', quote }),
    ]),
  ]);
  const ask = (q: string) => {
    const r = several.ask(q);
    return { status: r.status, values: r.facts.map((f) => f.value) };
  };

  it('answers with the one whose label holds what the question adds (配发解读材料)', () => {
    expect(ask('戊己县某某分局25年配发解读材料几件')).toEqual({ status: 'answered', values: [4] });
  });

  it('lists them all when the question adds nothing, or words no label holds', () => {
    expect(ask('戊己县某某分局2025年政策解读多少').values.sort()).toEqual([2, 4, 6]);
    expect(ask('戊己县某某分局2025年编写解读几件').values).not.toEqual([4]);
  });
});

// The channel of a prose figure said in the clause before its label ("以…网站为主平台，主动公开政府信息121条"):
// that clause is read with the label; a clause naming two channels, or one the label is not next to, is not.
describe('a channel named in the clause before the label', () => {
  const { engine: leadIns } = botOver([
    report('庚辛区某某局', 2024, [
      fact({ metric: 'proactive.total', label: '全年主动公开信息', value: 380, unit: '条', quote: '全年主动公开信息380条。' }),
      fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 120, unit: '条', quote: '以庚辛区人民政府网站为主平台，主动公开政府信息120条，涉及机构设置等。' }),
    ]),
    report('庚辛区某某中心', 2024, [
      fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 500, unit: '条', quote: '通过政府网站、政务微博等渠道，主动公开政府信息500条。' }),
    ]),
    report('庚辛区某某办公室', 2024, [
      fact({ metric: 'proactive.total', label: '主动公开政府信息', value: 600, unit: '条', quote: '以政府网站为主平台，以政务新媒体为补充，主动公开政府信息600条。' }),
    ]),
  ]);
  const ask = (q: string) => {
    const r = leadIns.ask(q);
    return { status: r.status, values: r.facts.map((f) => f.value) };
  };

  it('answers the website figure from its 以…网站为主平台 clause', () => {
    expect(ask('庚辛区某某局24年在区政府网站主动公开多少条')).toEqual({ status: 'answered', values: [120] });
  });

  it('still gives the total to the question without the channel', () => {
    expect(ask('庚辛区某某局2024年全年主动公开信息多少条').values).toContain(380);
  });

  it('does not take a clause naming several channels, nor one set apart from the label by another clause', () => {
    expect(ask('庚辛区某某中心2024年通过政府网站主动公开多少条').values).not.toContain(500);
    expect(ask('庚辛区某某办公室2024年通过政府网站主动公开多少条').values).not.toContain(600);
  });
});

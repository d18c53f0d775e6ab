import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/ingest/parse-report.ts';

/** One sentence placed in a minimal report under a given section heading. */
function factsOf(heading: string, sentence: string): { metric: string; value: number; dims: Record<string, string>; scope: string; qualifier: string | null }[] {
  const text = `张店区测试局2016年政府信息公开工作年度报告\n一、概述\n本局认真做好工作。\n二、${heading}\n${sentence}\n三、其他需要报告的事项\n无。`;
  return (parseReportText('t.txt', text).report?.facts ?? []).filter((f) => f.sectionNo === 2);
}

describe.each([
  { heading: '主动公开政府信息情况', sentence: '2016年度政府信息主动公开总数为100条。', want: { metric: 'proactive.total', value: 100 } },
  { heading: '主动公开政府信息情况', sentence: '全年共主动公开政务信息267条，其中通过门户网站发布200条。', want: { metric: 'proactive.total', value: 267 } },
  { heading: '主动公开政府信息情况', sentence: '本区到年底累计主动公开政府信息5928条，全文电子化率达90.3%，其中，本年度新增主动公开政府信息2110条。', want: { metric: 'proactive.total', value: 5928, scope: 'cumulative' } },
  { heading: '主动公开政府信息情况', sentence: '本区到年底累计主动公开政府信息5928条，全文电子化率达90.3%，其中，本年度新增主动公开政府信息2110条。', want: { metric: 'proactive.total', value: 2110, scope: 'year' } },
  { heading: '依申请公开政府信息情况', sentence: '我局收到12起政府信息依申请公开，均严格按程序和时限办理。', want: { metric: 'applications.received', value: 12 } },
  { heading: '依申请公开政府信息情况', sentence: '一年来，我局暂未收到公开申请。', want: { metric: 'applications.received', value: 0 } },
  { heading: '依申请公开政府信息情况', sentence: '共受理政府信息公开申请859件，予以公开及部分公开258件。', want: { metric: 'applications.received', value: 859 } },
  { heading: '依申请公开政府信息情况', sentence: '全年共收到政府信息公开申请45件，其中当面申请10件，网络申请30件，信函申请5件。', want: { metric: 'applications.received', value: 30, dims: { channel: 'internet' } } },
  { heading: '政府信息公开的收费及减免情况', sentence: '在办理依申请公开工作中，未向申请人收取费用。', want: { metric: 'fees.total', value: 0 } },
  { heading: '政府信息公开的收费及减免情况', sentence: '未受理依申请公开信息，未收费。', want: { metric: 'fees.total', value: 0 } },
  { heading: '因政府信息公开申请行政复议、提起行政诉讼的情况', sentence: '全年未发生因政府信息公开产生申请行政复议或者提起行政诉讼的情况。', want: { metric: 'litigation.total', value: 0 } },
  { heading: '因政府信息公开申请行政复议、提起行政诉讼的情况', sentence: '未出现政府信息公开行政复议和行政诉讼情况。', want: { metric: 'review.total', value: 0 } },
  { heading: '因政府信息公开申请行政复议、提起行政诉讼的情况', sentence: '本年度发生行政复议3件，其中维持2件，纠正1件；行政诉讼1件，尚未审结1件。', want: { metric: 'review.corrected', value: 1 } },
  { heading: '因政府信息公开申请行政复议、提起行政诉讼的情况', sentence: '本年度发生行政复议3件，其中维持2件，纠正1件；行政诉讼1件，尚未审结1件。', want: { metric: 'litigation.pending', value: 1 } },
  { heading: '发布解读情况', sentence: '全年发布政策解读材料12篇。', want: { metric: 'interpretation.total', value: 12 } },
  { heading: '办理人大代表建议和政协委员提案情况', sentence: '共承办市人大代表建议6件、政协提案9件。', want: { metric: 'npc_suggestions.received', value: 6, dims: { level: 'city' } } },
  { heading: '平台建设情况', sentence: '截至年底，门户网站累计访问量达120万次。', want: { metric: 'website.visits', value: 120, scope: 'cumulative' } },
  { heading: '办理人大代表建议和政协委员提案情况', sentence: '全年共办理区人大代表建议6件、政协提案11件。', want: { metric: 'cppcc_proposals.received', value: 11 } },
  { heading: '办理人大代表建议和政协委员提案情况', sentence: '全年共办理区人大代表建议6件、政协提案11件。', want: { metric: 'npc_suggestions.received', value: 6 } },
  { heading: '因政府信息公开申请行政复议、提起行政诉讼的情况', sentence: '本年度发生行政复议26起，其中维持17起、纠正7起、其他结果2起。', want: { metric: 'review.corrected', value: 7 } },
  { heading: '因政府信息公开申请行政复议、提起行政诉讼的情况', sentence: '本年度发生行政复议26起，其中维持17起、纠正7起、其他结果2起。', want: { metric: 'review.other', value: 2 } },
  { heading: '主动公开政府信息情况', sentence: '全年主动公开政府信息500条，其中通过门户网站公开427条，通过政务微博公开73条。', want: { metric: 'proactive.total', value: 427, dims: { channel: 'website' } } },
  { heading: '主动公开政府信息情况', sentence: '全年公开发布各类信息共计245条。', want: { metric: 'proactive.total', value: 245 } },
  // 累计 after the year's own marker adds up that year; with 截至/以来 it runs over years.
  { heading: '主动公开政府信息情况', sentence: '2016年，主动公开政府信息累计310条，通过政府网站公开信息200条。', want: { metric: 'proactive.total', value: 310, scope: 'year' } },
  { heading: '主动公开政府信息情况', sentence: '截至2016年底，累计主动公开政府信息8800条。', want: { metric: 'proactive.total', value: 8800, scope: 'cumulative' } },
  { heading: '主动公开政府信息情况', sentence: '全年主动公开信息90条，其中村务公开栏公开信息15条。', want: { metric: 'proactive.total', value: 15, dims: { channel: 'other' } } },
  { heading: '平台建设情况', sentence: '全年网站点击量20834次。', want: { metric: 'website.visits', value: 20834 } },
  { heading: '政策解读情况', sentence: '共解读政策文件13件。', want: { metric: 'interpretation.total', value: 13 } },
  { heading: '依申请公开政府信息情况', sentence: '全年未发生依申请公开情况。', want: { metric: 'applications.received', value: 0 } },
  { heading: '依申请公开政府信息情况', sentence: '本年度没有收到公民、法人或其他组织的政府信息公开申请。', want: { metric: 'applications.received', value: 0 } },
  { heading: '依申请公开政府信息情况', sentence: '全年共收到公民、法人和其他组织提出的政府信息公开申请7件。', want: { metric: 'applications.received', value: 7 } },
  { heading: '办理人大代表建议和政协委员提案情况', sentence: '我中心承办的8件人大代表建议和3件政协提案全部办结。', want: { metric: 'npc_suggestions.received', value: 8 } },
  { heading: '办理人大代表建议和政协委员提案情况', sentence: '我中心承办的8件人大代表建议和3件政协提案全部办结。', want: { metric: 'cppcc_proposals.received', value: 3 } },
  { heading: '其他需要报告的事项', sentence: '本年度承办人大代表建议和政协委员提案共11件，其中人大代表建议8件，政协提案3件。', want: { metric: 'npc_suggestions.received', value: 8 } },
  { heading: '其他需要报告的事项', sentence: '本年度承办人大代表建议和政协委员提案共11件，其中人大代表建议8件，政协提案3件。', want: { metric: 'cppcc_proposals.received', value: 3 } },
])('$sentence', ({ heading, sentence, want }) => {
  it(`yields ${want.metric} = ${want.value}`, () => {
    const facts = factsOf(heading, sentence);
    const hit = facts.find((f) => f.metric === want.metric && f.value === want.value);
    expect(hit, JSON.stringify(facts.map((f) => [f.metric, f.value, f.dims]))).toBeDefined();
    if (want.dims) expect(hit?.dims).toMatchObject(want.dims);
    if (want.scope) expect(hit?.scope).toBe(want.scope);
  });
});

describe('sentences that must not yield a figure for applications', () => {
  it('a combined count of suggestions and proposals is neither', () => {
    const facts = factsOf('其他需要报告的事项', '本年度承办人大代表建议和政协委员提案共11件，其中人大代表建议8件，政协提案3件。');
    expect(facts.filter((f) => f.value === 11).map((f) => f.metric)).toEqual(['figure']);
  });

  it.each([
    '全年未收到针对我站政府信息公开工作的行政复议申请，也未被提起行政诉讼。',
    '我中心承办的8件人大代表建议和3件政协提案全部办结。',
  ])('%s', (sentence) => {
    const facts = factsOf('其他情况', sentence);
    expect(facts.filter((f) => f.metric.startsWith('applications.'))).toEqual([]);
  });
});

const APPLY = '依申请公开政府信息情况';
const REVIEW = '因政府信息公开申请行政复议、提起行政诉讼的情况';

describe('zero statements, relative figures and carried-over totals', () => {
  it.each([
    { sentence: '2019年度，我办无依申请公开的政府信息。', metric: 'applications.received' },
    { sentence: '1.依申请公开方面加强受理工作，2020年度，我所未接受政府信息公开申请，与2019年持平。', metric: 'applications.received' },
    { sentence: '全年没有收到依申请公开事项，申请数量同比下降100%。', metric: 'applications.received' },
    { sentence: '本年共收到申请4件，比上年减少2件，未发生因政府信息公开被行政复议、提起行政诉讼情况。', metric: 'review.total' },
    { sentence: '本年共收到申请4件，比上年减少2件，未发生因政府信息公开被行政复议、提起行政诉讼情况。', metric: 'litigation.total' },
    { sentence: '2.收费情况：本年度无依申请公开收费和减免事项。', metric: 'fees.total' },
    { sentence: '全年未收到因依申请公开答复引起的行政复议和诉讼。', metric: 'litigation.total' },
  ])('$sentence gives $metric = 0', ({ sentence, metric }) => {
    const facts = factsOf(APPLY, sentence);
    expect(facts.find((f) => f.metric === metric && f.value === 0), JSON.stringify(facts)).toBeDefined();
  });

  it.each([
    '全年未收到因依申请公开答复引起的行政复议和诉讼。',
    '本年度无依申请公开收费和减免事项。',
    '推行网上受理，未出现逾期答复申请的情况。',
    '全年共收到申请3件，未收到信函申请。',
  ])('%s is no zero count of applications', (sentence) => {
    expect(factsOf(APPLY, sentence).filter((f) => f.metric === 'applications.received' && f.value === 0)).toEqual([]);
  });

  it('a review figure in the sentence keeps only the zero it does not contradict', () => {
    const facts = factsOf(REVIEW, '本年度发生行政复议1起，未发生行政诉讼。');
    expect(facts.filter((f) => f.metric === 'review.total').map((f) => f.value)).toEqual([1]);
    expect(facts.find((f) => f.metric === 'litigation.total')?.value).toBe(0);
  });

  it.each([
    { sentence: '共收到政府信息公开申请8件，比去年减少5件。', value: 5, change: 'decrease' },
    { sentence: '全年没有收到依申请公开事项，申请数量同比下降100%。', value: 100, change: 'decrease' },
    { sentence: '共收到政府信息公开申请12件，同比增长58.33%。', value: 58.33, change: 'increase' },
    { sentence: '收到依申请公开办件3条，与去年相比减少4条。', value: 4, change: 'decrease' },
  ])('$sentence: $value is a change, not a count', ({ sentence, value, change }) => {
    const facts = factsOf(APPLY, sentence);
    const f = facts.find((x) => x.value === value);
    expect(f?.metric).toBe('applications.received_change');
    expect(f?.dims.change).toBe(change);
    expect(facts.filter((x) => x.metric === 'applications.received').map((x) => x.value)).not.toContain(value);
  });

  it('a total with last year\'s carried-over applications is not the new ones', () => {
    const facts = factsOf(APPLY, '全年共受理政府信息公开申请120件（含上年结转6件）。');
    expect(facts.find((f) => f.value === 120)?.metric).toBe('applications.total_incl_carried_in');
    expect(facts.find((f) => f.value === 6)?.metric).toBe('applications.carried_in');
  });
});

describe('a second unit in brackets', () => {
  it('keeps the figure in the unit the brackets name: 共公开政务信息35次(条)', () => {
    const text = '某某县某某局2021年政府信息公开工作年度报告\n一、总体情况\n本年度，本局共公开政务信息35次(条)，其中会议公开7条。\n二、其他需要报告的事项\n无。';
    const hit = (parseReportText('t.txt', text).report?.facts ?? []).find((f) => f.value === 35);
    expect(hit?.unit).toBe('条');
    expect(hit?.qualifier).toBeNull();
  });
});

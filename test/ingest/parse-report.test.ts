import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/fact.ts';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { parseReportText } from '../../src/ingest/parse-report.ts';
import { consistentValues, templateReportHtml } from '../fixtures/template-report-html.ts';
import * as OpenCC from 'opencc-js/cn2t';

const value = (facts: Fact[], metric: string, dims: Record<string, string>): number | undefined =>
  facts.find((f) => f.metric === metric && Object.entries(dims).every(([k, v]) => f.dims[k] === v) && Object.keys(f.dims).length === Object.keys(dims).length)?.value;

describe('parseReportText on a web page with rowspan/colspan tables', () => {
  const html = templateReportHtml('淄博市张店区教育局', 2022, consistentValues());
  const { report, problems } = parseReportText('2022-教育局.html', htmlToText(html));
  const facts = report?.facts ?? [];

  it('reads the agency and year from the page, not from navigation', () => {
    expect(report?.meta.agency).toBe('张店区教育局');
    expect(report?.meta.year).toBe(2022);
    expect(report?.meta.template).toBe('2021');
    expect(report?.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('extracts every application row by applicant column', () => {
    expect(value(facts, 'applications.received', { applicant: 'natural_person' })).toBe(8);
    expect(value(facts, 'applications.received', { applicant: 'total' })).toBe(10);
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'unable.not_held' })).toBe(3);
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'other.other' })).toBe(0);
    expect(value(facts, 'applications.processed', { applicant: 'total' })).toBe(11);
    expect(value(facts, 'applications.carried_over', { applicant: 'total' })).toBe(1);
    const received = facts.find((f) => f.metric === 'applications.received' && f.dims.applicant === 'total');
    expect(received?.section).toBe('三、收到和处理政府信息公开申请情况');
    expect(received?.quote).toContain('一、本年新收政府信息公开申请数量 | 8 | 1 | 0 | 0 | 0 | 1 | 10');
  });

  it('extracts the 15 review/litigation cells and the article 20 table', () => {
    expect(value(facts, 'review.maintained', {})).toBe(1);
    expect(value(facts, 'review.total', {})).toBe(1);
    expect(value(facts, 'litigation.pending', { route: 'direct' })).toBe(1);
    expect(value(facts, 'art20.normative_docs', { column: 'in_force' })).toBe(9);
  });

  it('finds no inconsistency in a consistent table', () => {
    expect(problems.filter((p) => p.code === 'table_sum' || p.code === 'outcome_sum')).toEqual([]);
  });
});

describe('consistency checks on a table whose sums do not add up', () => {
  it('reports each broken sum as a typed problem naming the facts', () => {
    const v = consistentValues();
    v.received = [8, 1, 0, 0, 0, 1, 12]; // row total 12 ≠ 10, and 12 + 2 ≠ 11 + 1
    v.review = [1, 0, 0, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]; // 复议 总计 3 ≠ 1
    const { problems } = parseReportText('bad.html', htmlToText(templateReportHtml('张店区教育局', 2022, v)));
    const messages = problems.map((p) => `${p.code}: ${p.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^table_sum: total: 本年新收 \+ 上年结转 = 14/),
      expect.stringMatching(/^table_sum: row "一、本年新收政府信息公开申请数量".*10 ≠ 12/),
      expect.stringMatching(/^outcome_sum: .*1 ≠ 3/),
    ]));
    expect(problems.find((p) => p.code === 'outcome_sum')?.facts).toContain('review.total=3');
  });
});

describe('parseReportText on a traditional-character copy', () => {
  it('finds the same figures and quotes the report in its own characters', () => {
    const original = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'reports', '2018-张店区科学技术局.txt'), 'utf8');
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const traditional = toTraditional(original);
    const simplified = parseReportText('s.txt', original).report;
    const copy = parseReportText('t.txt', traditional).report;
    expect(copy?.meta.agency).toBe('张店区科学技术局');
    const pairs = (facts: Fact[] = []): string[] => facts.map((f) => `${f.metric}=${f.value}`);
    expect(pairs(copy?.facts)).toEqual(pairs(simplified?.facts));
    expect(copy?.facts.find((f) => f.metric === 'proactive.total')?.quote).toContain('主動公開');
  });
});

describe('application table in a markdown table (2019 template, one （六）其他处理 row)', () => {
  const row = (label: string, v: number[]): string => `| ${label} | ${v.join(' | ')} |`;
  const zero = [0, 0, 0, 0, 0, 0, 0];
  const text = [
    '淄博市张店区马尚街道办事处2020年政府信息公开工作年度报告', '一、总体情况', '2020年工作正常。', '二、主动公开政府信息情况', '无。',
    '三、收到和处理政府信息公开申请情况',
    '| (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    '|---|---|---|---|---|---|---|---|',
    row('一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 0, 3]), row('二、上年结转政府信息公开申请数量', zero),
    row('三、本年度办理结果 (一)予以公开', [1, 0, 0, 0, 0, 0, 1]), row('(二)部分公开', zero),
    row('(三)不予公开 1.属于国家秘密', zero),
    row('(四)无法提供 1.本机关不掌握相关政府信息', [1, 0, 0, 0, 0, 0, 1]),
    row('(六)其他处理', [1, 0, 0, 0, 0, 0, 1]), row('(七)总计', [3, 0, 0, 0, 0, 0, 3]), row('四、结转下年度继续办理', zero),
    '四、政府信息公开行政复议、行政诉讼情况', '无。',
  ].join('\n');
  const facts = parseReportText('b.md', text).report?.facts ?? [];

  it('files a row whose cell also holds its group under the numbered row', () => {
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'withheld.state_secret' })).toBe(0);
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'unable.not_held' })).toBe(1);
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'other' })).toBe(1);
  });

  it('does not sum a group whose other rows are missing', () => {
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'unable' })).toBeUndefined();
    expect(value(facts, 'applications.outcome', { applicant: 'total', outcome: 'withheld' })).toBeUndefined();
  });
});

describe('report metadata from the compiling sentence and signature', () => {
  it('reads the agency when the title does not name it', () => {
    const text = '2019年政府信息公开工作年度报告\n本报告由张店区公园街道办事处根据《条例》编制。\n一、总体情况\n2019年，我街道主动公开信息120余条。\n二、其他需要报告的事项\n无。\n张店区公园街道办事处\n2020年1月20日';
    const { report } = parseReportText('a.txt', text);
    expect(report?.meta).toMatchObject({ agency: '张店区公园街道办事处', year: 2019, publishedOn: '2020-01-20' });
  });
});

describe('a report cut off mid-table', () => {
  it('keeps the rows it has and reports the table as truncated', () => {
    const original = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'reports', '2023-张店区人民政府办公室.txt'), 'utf8');
    const cut = original.slice(0, original.indexOf('4.保护第三方合法权益'));
    const { report, problems } = parseReportText('cut.txt', cut);
    expect(value(report?.facts ?? [], 'applications.received', { applicant: 'total' })).toBe(56);
    expect(problems.map((p) => p.code)).toContain('table_truncated');
  });
});

describe('agency names read from titles', () => {
  it.each([
    ['淄博市张店区车站街道办事处2018年政府信息公开工作年度报告', '张店区车站街道办事处'],
    ['张店区人力资源和社会保障局2019年政府信息公开工作年度报告', '张店区人力资源和社会保障局'],
    ['淄博市公安局张店分局2018年政府信息公开工作年度报告', '淄博市公安局张店分局'],
    ['张店区供销合作社联合社2018年政府信息公开工作年度报告', '张店区供销合作社联合社'],
    ['张店区马尚镇人民政府2016年政府信息公开工作年度报告', '张店区马尚镇人民政府'],
    ['张店区社会保险事业中心2020年政府信息公开工作年度报告', '张店区社会保险事业中心'],
    // A place alone is its government; a zone alone its 管理委员会; 人民政府 before a street office dropped.
    ['甲乙县2019年政府信息公开工作年度报告', '甲乙县人民政府'],
    ['辛壬市2018年政府信息公开工作年度报告', '辛壬市人民政府'],
    ['滨州北湾经济开发区2024年政府信息公开工作年度报告', '滨州北湾经济开发区管理委员会'],
    ['山东某某经济开发区管理委员会 2023年政府信息公开工作年度报告', '山东某某经济开发区管理委员会'],
    ['张店区人民政府某某街道办事处2021年政府信息公开工作年度报告', '张店区某某街道办事处'],
    ['某某镇政府2020年政府信息公开工作年度报告', '某某镇人民政府'],
    ['辛壬市庚中区人民政府2023年政府信息公开工作年度报告', '庚中区人民政府'],
    // A body type no rule knows still names the agency.
    ['某某高新区建设集团2022年政府信息公开工作年度报告', '某某高新区建设集团'],
    // The agency in brackets after a title that has none before its year.
    ['2009年度政府信息公开工作年度报告（甲乙县经贸局）', '甲乙县经贸局'],
  ])('%s → %s', (title, agency) => {
    const { report } = parseReportText('t.txt', `${title}\n一、概述\n本单位工作正常。\n二、其他需要报告的事项\n无。`);
    expect(report?.meta.agency).toBe(agency);
  });
});

describe('where else a saved page names its agency', () => {
  const body = '\n一、概述\n本单位工作正常。\n二、其他需要报告的事项\n无。';
  it('reads the 发布机构 row when the report itself names none, up to its first organisation', () => {
    const { report } = parseReportText('p.txt', `2020年政府信息公开工作年度报告\n发文日期: 2021-01-20 发布机构: 甲乙县某某局\n甲乙县2020年的工作${body}`);
    expect(report?.meta.agency).toBe('甲乙县某某局');
  });

  it('prefers the title over a shorter or later name in the 发布机构 row', () => {
    const { report } = parseReportText('p.txt', `甲乙县经贸局2009年政府信息公开工作年度报告\n发布机构: 甲乙县工业和信息化局${body}`);
    expect(report?.meta.agency).toBe('甲乙县经贸局');
  });

  it('stores nothing for a 解读 of a report, and says why', () => {
    const { report, problems } = parseReportText('j.txt', `文字解读:甲乙县某某局2023年政府信息公开工作年度报告${body}`);
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['not_a_report']);
  });

  it('says what it looked for when no agency can be read', () => {
    const { report, problems } = parseReportText('n.txt', `2020年政府信息公开工作年度报告${body}`);
    expect(report).toBeNull();
    expect(problems.find((p) => p.code === 'no_agency')?.message).toMatch(/title.*发布机构.*compiling sentence.*signature/);
  });
});

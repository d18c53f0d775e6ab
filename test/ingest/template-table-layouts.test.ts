import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/fact.ts';
import { parseReportText } from '../../src/ingest/parse-report.ts';

/** Invented reports in the layouts PDF→text and PDF→markdown conversion leave the template tables in. */
const value = (facts: Fact[], metric: string, dims: Record<string, string>): number | undefined =>
  facts.find((f) => f.metric === metric && Object.entries(dims).every(([k, v]) => f.dims[k] === v) && Object.keys(f.dims).length === Object.keys(dims).length)?.value;

const report = (year: number, body: string[]): string => [
  `淄博市张店区测试局${year}年政府信息公开工作年度报告`, '一、总体情况', `${year}年工作正常。`, '二、主动公开政府信息情况', ...body,
].join('\n');

const parse = (year: number, body: string[]) => parseReportText('t.md', report(year, body));

describe('第二十条 table, one cell per line with a trailing pipe (2019 template)', () => {
  const cells = (...c: (string | number)[]): string[] => c.map((x) => `${x} |`);
  const body = [
    ...cells('第二十条第(一)项'), '|||', ...cells('信息内容', '本年新制作数量', '本年新 公开数量', '对外公开 总数量'),
    ...cells('规章', 1, 2, 3), ...cells('规范性文件', 4, 5, 6),
    ...cells('第二十条第(五)项'), '|||', ...cells('信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', 7, 0, 8),
  ];
  const { report: r } = parse(2020, body);
  const facts = r?.facts ?? [];

  it('reads every row of both blocks by its 2019 column', () => {
    expect(value(facts, 'art20.rules', { column: 'new_made' })).toBe(1);
    expect(value(facts, 'art20.rules', { column: 'total_published' })).toBe(3);
    expect(value(facts, 'art20.normative_docs', { column: 'new_published' })).toBe(5);
    expect(value(facts, 'art20.licensing', { column: 'prev_items' })).toBe(7);
    expect(value(facts, 'art20.licensing', { column: 'decisions' })).toBe(8);
  });

  it('reads the cells when the text joined them into one line', () => {
    const joined = [...cells('第二十条第(五)项'), '|||', '信息内容|上一年项目数量|本年增/减|处理决定数量|行政许可|9 |0 |2 |其他对外管理服务事'];
    const f = parse(2020, joined).report?.facts ?? [];
    expect(value(f, 'art20.licensing', { column: 'prev_items' })).toBe(9);
    expect(value(f, 'art20.licensing', { column: 'decisions' })).toBe(2);
  });
});

describe('第二十条 table in a pipe table under generic 列1 headers (2021 template)', () => {
  const body = [
    '| 列1 | 列2 | 列3 | 列4 |', '|---|---|---|---|',
    '| 第二十条第(一)项 | 第二十条第(一)项 | 第二十条第(一)项 | 第二十条第(一)项 |',
    '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
    '| 规章 | 2 | 1 | 30 |', '| 行政规范性文件 | 5 | 0 | 44 |',
  ];
  const facts = parse(2022, body).report?.facts ?? [];

  it('reads the rows by the real header, not the generic one', () => {
    expect(value(facts, 'art20.rules', { column: 'issued' })).toBe(2);
    expect(value(facts, 'art20.rules', { column: 'in_force' })).toBe(30);
    expect(value(facts, 'art20.normative_docs', { column: 'issued' })).toBe(5);
  });
});

const REVIEW_HEADER = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '| 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政复议 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 | 行政诉讼 |',
  '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |',
  '| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
];
const FIFTEEN = [2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1];

describe('行政复议/行政诉讼 table: one row of 15 figures after the header block', () => {
  it('reads a pipe row', () => {
    const facts = parse(2022, ['无。', ...REVIEW_HEADER, `| ${FIFTEEN.join(' | ')} |`]).report?.facts ?? [];
    expect(value(facts, 'review.total', {})).toBe(4);
    expect(value(facts, 'litigation.total', { route: 'direct' })).toBe(1);
    expect(value(facts, 'litigation.pending', { route: 'after_review' })).toBe(1);
  });

  it('reads 15 figures on one line separated by spaces', () => {
    const header = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉',
      ...Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat() as string[]];
    const facts = parse(2022, ['无。', ...header, FIFTEEN.join(' ')]).report?.facts ?? [];
    expect(value(facts, 'review.maintained', {})).toBe(2);
    expect(value(facts, 'review.total', {})).toBe(4);
    expect(value(facts, 'litigation.total', { route: 'after_review' })).toBe(1);
  });

  it('flags a total that its outcomes do not add up to', () => {
    const wrong = [...FIFTEEN];
    wrong[4] = 9;
    const { problems } = parse(2022, ['无。', ...REVIEW_HEADER, `| ${wrong.join(' | ')} |`]);
    expect(problems.map((p) => p.code)).toContain('outcome_sum');
  });
});

const APPLICANTS = '| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
const appRow = (label: string, v: (number | '')[]): string => `| ${label} | ${v.join(' | ')} |`;

describe('applications table (2021 template) in real layouts', () => {
  it('reads a table split per row group, each part under generic 列 headers', () => {
    const generic = '| 列1 | 列2 | 列3 | 列4 | 列5 | 列6 | 列7 | 列8 |';
    const body = [
      '三、收到和处理政府信息公开申请情况',
      generic, '|---|---|---|---|---|---|---|---|', `| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ${APPLICANTS}`,
      appRow('一、本年新收政府信息公开申请数量', [5, 1, 0, 0, 0, 0, 6]), appRow('二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]),
      '', generic, '|---|---|---|---|---|---|---|---|',
      appRow('三、本年度办理结果 （一）予以公开', [4, 1, 0, 0, 0, 0, 5]), appRow('（七）总计', [4, 1, 0, 0, 0, 0, 5]),
      appRow('四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]),
    ];
    const facts = parse(2022, ['无。', ...body]).report?.facts ?? [];
    expect(value(facts, 'applications.received', { applicant: 'total' })).toBe(6);
    expect(value(facts, 'applications.received', { applicant: 'commercial' })).toBe(1);
    expect(value(facts, 'applications.carried_over', { applicant: 'total' })).toBe(2);
  });

  it('reads labels on their own line before one figure per line', () => {
    const body = ['三、收到和处理政府信息公开申请情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
      '一、本年新收政府信息公开申请数量', ...['7', '0', '0', '0', '1', '0', '8'], '二、上年结转政府信息公开申请数量', ...['0', '0', '0', '0', '0', '0', '0']];
    const facts = parse(2022, ['无。', ...body]).report?.facts ?? [];
    expect(value(facts, 'applications.received', { applicant: 'natural_person' })).toBe(7);
    expect(value(facts, 'applications.received', { applicant: 'legal_service' })).toBe(1);
    expect(value(facts, 'applications.received', { applicant: 'total' })).toBe(8);
  });

  it('stores a blank cell as not filled: no figure, a blank_cell problem naming it, no 法人 sum', () => {
    const body = ['三、收到和处理政府信息公开申请情况', `| 申请人情况 ${APPLICANTS}`, '|---|---|---|---|---|---|---|---|',
      appRow('一、本年新收政府信息公开申请数量', [3, '', 0, 0, 0, 0, 3])];
    const { report: r, problems } = parse(2022, ['无。', ...body]);
    const facts = r?.facts ?? [];
    expect(value(facts, 'applications.received', { applicant: 'natural_person' })).toBe(3);
    expect(value(facts, 'applications.received', { applicant: 'commercial' })).toBeUndefined();
    expect(value(facts, 'applications.received', { applicant: 'legal_entity' })).toBeUndefined();
    const blank = problems.find((p) => p.code === 'blank_cell');
    expect(blank?.message).toContain('商业企业');
    expect(blank?.facts).toEqual(['applications.received[applicant=commercial]=blank']);
  });
});

describe('blank cells in the other template tables', () => {
  it('names a blank 行政复议 cell and stores no figure for it', () => {
    const cells: (number | string)[] = [...FIFTEEN];
    cells[2] = '';
    const { report: r, problems } = parse(2022, ['无。', ...REVIEW_HEADER, `| ${cells.join(' | ')} |`]);
    expect(value(r?.facts ?? [], 'review.other', {})).toBeUndefined();
    expect(value(r?.facts ?? [], 'review.total', {})).toBe(4);
    expect(problems.find((p) => p.code === 'blank_cell')?.facts).toEqual(['review.other=blank']);
  });

  it('names a blank 第二十条 cell', () => {
    const body = ['| 第二十条第(一)项 | | | |', '| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '| 规章 | 2 | | 30 |'];
    const { report: r, problems } = parse(2022, body);
    expect(value(r?.facts ?? [], 'art20.rules', { column: 'repealed' })).toBeUndefined();
    expect(problems.find((p) => p.code === 'blank_cell')?.facts).toEqual(['art20.rules[column=repealed]=blank']);
  });
});

describe('第二十条 table in PDF text with no cell marks (header cells run into one line)', () => {
  const lines = ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '2', '1', '30', '行政规范性文件', '5', '0', '44',
    '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '120', '其他对外管理服务事项', '3'];
  const facts = parse(2022, lines).report?.facts ?? [];

  it('reads the columns out of the joined header and the rows after it', () => {
    expect(value(facts, 'art20.rules', { column: 'issued' })).toBe(2);
    expect(value(facts, 'art20.rules', { column: 'in_force' })).toBe(30);
    expect(value(facts, 'art20.normative_docs', { column: 'repealed' })).toBe(0);
    expect(value(facts, 'art20.licensing', { column: 'decisions' })).toBe(120);
    expect(value(facts, 'art20.other_services', { column: 'decisions' })).toBe(3);
  });

  it('reads the 2019 columns the same way', () => {
    const f = parse(2019, ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '0', '4']).report?.facts ?? [];
    expect(value(f, 'art20.rules', { column: 'total_published' })).toBe(4);
  });
});

describe('行政复议/行政诉讼 table under a row of column numbers', () => {
  it('takes the row whose totals add up, not the numbering 1…15', () => {
    const numbering = `| ${Array.from({ length: 15 }, (_, k) => k + 1).join(' | ')} |`;
    const facts = parse(2022, ['无。', ...REVIEW_HEADER, numbering, `| ${FIFTEEN.join(' | ')} |`]).report?.facts ?? [];
    expect(value(facts, 'review.total', {})).toBe(4);
    expect(value(facts, 'review.maintained', {})).toBe(2);
  });
});

describe('行政复议/行政诉讼 figures after blank header slots', () => {
  it('does not read the blank slots as the first cells', () => {
    const facts = parse(2022, ['无。', ...REVIEW_HEADER, `| | | ${FIFTEEN.join(' | ')} |`]).report?.facts ?? [];
    expect(value(facts, 'review.maintained', {})).toBe(2);
    expect(value(facts, 'litigation.total', { route: 'after_review' })).toBe(1);
  });
});

describe('applications and 行政复议 tables in PDF text with no cell marks', () => {
  const header = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const rows = ['一、本年新收政府信息公开申请数量 9 2 0 0 0 1 12', '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0', '三、本年度办理结果',
    '（一）予以公开 8 2 0 0 0 1 11', '（七）总计 8 2 0 0 0 1 11', '四、结转下年度继续办理 1 0 0 0 0 0 1'];
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const review = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议', '行政诉讼', ...outcomes, '未经复议直接起诉', '复议后起诉', ...outcomes, ...outcomes, FIFTEEN.join(' ')];
  const { report: r, problems } = parse(2022, ['无。', ...header, ...rows, ...review]);
  const facts = r?.facts ?? [];

  it('reads a row label followed by its figures on one line', () => {
    expect(value(facts, 'applications.received', { applicant: 'total' })).toBe(12);
    expect(value(facts, 'applications.received', { applicant: 'other' })).toBe(1);
    expect(value(facts, 'applications.carried_over', { applicant: 'natural_person' })).toBe(1);
    expect(facts.find((f) => f.metric === 'applications.received')?.quote).toContain('一、本年新收政府信息公开申请数量');
  });

  it('reads the 15 review figures after the joined header and finds nothing to flag', () => {
    expect(value(facts, 'review.total', {})).toBe(4);
    expect(problems.filter((p) => /sum|table_/.test(p.code))).toEqual([]);
  });
});

describe('行政复议/行政诉讼 table under generic Column headers only', () => {
  const generic = `| ${Array.from({ length: 15 }, (_, k) => `Column${k + 1}`).join(' | ')} |`;
  it('reads a row whose totals add up in template order, and says the header was assumed', () => {
    const { report: r, problems } = parse(2022, ['无。', '四、政府信息公开行政复议、行政诉讼情况', generic, '|---|', `| ${FIFTEEN.join(' | ')} |`]);
    expect(value(r?.facts ?? [], 'review.total', {})).toBe(4);
    expect(problems.map((p) => p.code)).toContain('table_header');
  });

  it('reads nothing from a row that does not add up: no header says what its cells are', () => {
    const wrong = [...FIFTEEN];
    wrong[4] = 9;
    const { report: r } = parse(2022, ['无。', '四、政府信息公开行政复议、行政诉讼情况', generic, `| ${wrong.join(' | ')} |`]);
    expect(value(r?.facts ?? [], 'review.total', {})).toBeUndefined();
  });
});

describe('第二十条 rows as pipe rows under a header in plain lines', () => {
  it('reads the rows under a joined header that ends with the columns', () => {
    const lines = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '| 规章 | 0 | 0 | 4 |', '| 规范性文件 | 1 | 1 | 6 |'];
    const f = parse(2019, lines).report?.facts ?? [];
    expect(value(f, 'art20.rules', { column: 'total_published' })).toBe(4);
    expect(value(f, 'art20.normative_docs', { column: 'new_made' })).toBe(1);
  });
});

describe('第二十条 amount written with its unit in the cell, one cell per line', () => {
  it.each([
    ['TAB cells', (c: string) => `\t${c}`],
    ['plain lines', (c: string) => c],
  ])('%s: 采购总金额 "237.26万元" is 237.26 万元, the item count beside it still read', (_, cell) => {
    const body = ['第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购', '9', '237.26万元'].map(cell);
    const facts = parse(2019, body).report?.facts ?? [];
    expect(value(facts, 'art20.procurement', { column: 'procurement_items' })).toBe(9);
    const amount = facts.find((f) => f.metric === 'art20.procurement' && f.dims.column === 'procurement_amount');
    expect([amount?.value, amount?.unit]).toEqual([237.26, '万元']);
  });
});

describe('第二十条 header cells run together in one cell (a table printed without cell padding)', () => {
  it('reads each column by its own label', () => {
    const body = ['第二十条第（一）项', '信息内容', '本年制发件数本年废止件数现行有效件数', '规章', '0', '1', '5', '行政规范性文件', '2', '1', '9'].map((c) => `\t${c}`);
    const facts = parse(2021, body).report?.facts ?? [];
    expect(value(facts, 'art20.rules', { column: 'repealed' })).toBe(1);
    expect(value(facts, 'art20.rules', { column: 'in_force' })).toBe(5);
    expect(value(facts, 'art20.normative_docs', { column: 'issued' })).toBe(2);
  });
});

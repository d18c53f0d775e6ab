import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseText, quoteOriginal, toOriginalSpan } from '../../src/ingest/normalise-text.ts';
import { foldWidth } from '../../src/text/fold-width.ts';
import { toSimplified } from '../../src/text/to-simplified.ts';

interface Case {
  name: string;
  input: string;
  expected: string;
}

// Note: normalised text is width-folded, so "，" "：" "（" come out as "," ":" "(".
const cases: Case[] = [
  {
    name: 'heading broken across lines, then its paragraph',
    input: '七、存在\n\n的主要问题及改进措施 \n\n2018年，政府信息公开工作取得了新的进展，但同时也\n\n存在不足。',
    expected: '七、存在的主要问题及改进措施\n2018年,政府信息公开工作取得了新的进展,但同时也存在不足。',
  },
  {
    name: 'heading broken before its last character',
    input: '七、因政府信息公开申请行政复议、提起行政诉讼的情\n\n况\n\n2018年度，区科技局没有发生因政府信息公开涉及的\n\n\n\n行政复议、提起行政诉讼情况。',
    expected:
      '七、因政府信息公开申请行政复议、提起行政诉讼的情况\n2018年度,区科技局没有发生因政府信息公开涉及的行政复议、提起行政诉讼情况。',
  },
  {
    name: 'heading broken before "的情况"',
    input: '四、政机关依申请公开政府信息和不予公开政府信息\n\n的情况\n\n2018年度，区科技局没有收到申请。',
    expected: '四、政机关依申请公开政府信息和不予公开政府信息的情况\n2018年度,区科技局没有收到申请。',
  },
  {
    name: 'heading followed by a long paragraph line stays apart',
    input: '一、概述\n\n根据《张店区人民政府办公室关于印发张店区当前政务\n\n公开工作主要任务分解表的通知》要求，我局认真开展工作。',
    expected: '一、概述\n根据《张店区人民政府办公室关于印发张店区当前政务公开工作主要任务分解表的通知》要求,我局认真开展工作。',
  },
  {
    name: 'complete heading followed by a short narrow-column line stays apart',
    input: '三、依申请公开政府信息情况 \n\n进一步明确依\n\n申请公开制度，及\n\n时组织相关部门答复。',
    expected: '三、依申请公开政府信息情况\n进一步明确依申请公开制度,及时组织相关部门答复。',
  },
  {
    name: 'sub-heading without sentence punctuation is not joined to the paragraph',
    input: '（一）加强组织领导，推动政务信息公开工作落实\n 根据《条例》要求，区政府办公室负责指导。',
    expected: '(一)加强组织领导,推动政务信息公开工作落实\n根据《条例》要求,区政府办公室负责指导。',
  },
  {
    name: 'spaced CJK and brackets',
    input: '印发了《张店区当前政务公开工作主要任务分解表的通\n\n知 》 ( 张 政 办 字\n\n〔2018〕62 号)，围绕',
    expected: '印发了《张店区当前政务公开工作主要任务分解表的通知》(张政办字〔2018〕62号),围绕',
  },
  {
    name: 'spaces between numbers and CJK',
    input: '统计期限自 2018 年 1 月 1 日起，访问量达到 735921 次，共计 129 件。',
    expected: '统计期限自2018年1月1日起,访问量达到735921次,共计129件。',
  },
  {
    name: 'number split across lines',
    input: '新增公开发布信息数达9\n\n721条，访问量达到 735921次。',
    expected: '新增公开发布信息数达9721条,访问量达到735921次。',
  },
  {
    name: 'spaced words and a year split across narrow-column lines',
    input: '便于政府信\n\n息的查询和阅\n\n读，截至 2018\n\n年12 月31 日，\n\n访 问 量 达 到\n\n735921 次，创历\n\n史新高.按照网\n\n站管理相关要求。',
    expected: '便于政府信息的查询和阅读,截至2018年12月31日,访问量达到735921次,创历史新高.按照网站管理相关要求。',
  },
  {
    name: 'full-width digits',
    input: '２０１８年，共收到申请１２件。',
    expected: '2018年,共收到申请12件。',
  },
  {
    name: 'traditional characters',
    input: '張店區人民政府辦公室 2018 年收到申請 12 件。',
    expected: '张店区人民政府办公室2018年收到申请12件。',
  },
  {
    name: 'image marker with junk removed, marker followed by text keeps the text',
    input: '全部发至96000户居民家庭。[image: image4.png]£ REME R\n 3、完善依申请公开机制。[image: a.png]区政府网站公开。\n[image: image12.png]f=EEHE =254',
    expected: '全部发至96000户居民家庭。\n3、完善依申请公开机制。区政府网站公开。',
  },
  {
    name: 'page numbers removed, the broken sentence re-joined',
    input: '区行政审批中心作为推进改革,集中\n\n\n\n- 5 - \n\n受理行政审批\n第 5 页\n事项的\n第5页 共9页\n主阵\n5 / 9\n地，\n—5—\n办理完毕。',
    expected: '区行政审批中心作为推进改革,集中受理行政审批事项的主阵地,办理完毕。',
  },
  {
    name: 'a line that is only a number is kept and never joined',
    input: '总计\n\n56\n\n件数\n12\n',
    expected: '总计\n56\n件数\n12',
  },
  {
    name: 'one-cell-per-line table (tab cells, empty cell, wrapped cells)',
    input: [
      '二、主动公开政府信息情况',
      '\t信息内容',
      '\t本年制发件数',
      '',
      '\t规章',
      '\t0',
      '\t0',
      '',
      '\t',
      '\t5.要求行政机关确认或重新',
      '出具已获取信息',
      '\t0',
      '',
      '\t结果',
      '',
      '维持',
      '\t总',
      '',
      '计',
      '\t 1 2 ',
      '',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n'),
    expected: [
      '二、主动公开政府信息情况',
      '\t信息内容',
      '\t本年制发件数',
      '\t规章',
      '\t0',
      '\t0',
      '\t',
      '\t5.要求行政机关确认或重新出具已获取信息',
      '\t0',
      '\t结果维持',
      '\t总计',
      '\t1 2',
      '三、收到和处理政府信息公开申请情况',
    ].join('\n'),
  },
  {
    name: 'pipe rows keep their pipes, cells are cleaned',
    input: '| 行 政 许 可 | 1 000 |  0 |\n\n| 合计 | 2 | 0 |\n|---|---|---|',
    expected: '| 行政许可 | 1000 | 0 |\n| 合计 | 2 | 0 |\n|---|---|---|',
  },
  {
    name: 'paragraph of wrapped lines each followed by a blank line',
    input: [
      '本年报是按照《中华人民共和国政府信息公开条例》、',
      '《山东省政府信息公开办法》有关规定规定和区政府信息公',
      '开工作统一部署要求，由科学技术局编制的 2018年度政府',
      '信息公开工作年度报告。',
      '本年度报告中所列数据的统计时限为 2018年 1月 1日',
      '起至 2018年 12月 31日。',
      '',
    ].join('\n\n'),
    expected:
      '本年报是按照《中华人民共和国政府信息公开条例》、《山东省政府信息公开办法》有关规定规定和区政府信息公开工作统一部署要求,由科学技术局编制的2018年度政府信息公开工作年度报告。\n' +
      '本年度报告中所列数据的统计时限为2018年1月1日起至2018年12月31日。',
  },
  {
    name: 'thousands separators in prose',
    input: '及时公开发布各类信息共计 28,000 余条，印刷发行 1 000 万份，金额 1,234,567.5 元。',
    expected: '及时公开发布各类信息共计28000余条,印刷发行1000万份,金额1234567.5元。',
  },
  {
    name: 'a space-separated list of numbers is not a thousands group',
    input: '自然人 48 2 0 1 120 0',
    expected: '自然人48 2 0 1 120 0',
  },
  {
    name: 'single spaces between ASCII words survive',
    input: '联系方式 Email: a b  c',
    expected: '联系方式Email: a b c',
  },
  {
    name: 'indented paragraph after punctuation starts a new line',
    input: '全面落实工作机制，\n    新的段落开始。\n\u3000\u3000又一个段落。',
    expected: '全面落实工作机制,\n新的段落开始。\n又一个段落。',
  },
  {
    name: 'title, note, signature and date lines',
    input:
      '张店区人民政府办公室\n\n2023年政府信息公开工作年度报告\n\n本年度报告中所列数据的统计期限自2023年1月1日起。\n\n（此件主动公开）\n\n淄博市张店区科学技术局\n\n2018年 3月 25日\n\n',
    expected:
      '张店区人民政府办公室2023年政府信息公开工作年度报告\n本年度报告中所列数据的统计期限自2023年1月1日起。\n(此件主动公开)\n淄博市张店区科学技术局\n2018年3月25日',
  },
  {
    name: 'list items and 一是 start new lines',
    input: '我们将采取以下措施进\n\n行改进： \n\n一是继续加强领导，完\n\n善相关制度。\n1、夯实工作机制\n2.完善主动发布机制',
    expected: '我们将采取以下措施进行改进:\n一是继续加强领导,完善相关制度。\n1、夯实工作机制\n2.完善主动发布机制',
  },
  {
    name: 'pinyin glosses dropped before the title and phrases are read',
    input: '城東區(qū)農業局2015年政府信息公開(kāi)工作年度報(bào)告\n\n召開(kāi)會(huì)議3次，（一）公開(kāi)文件(以下簡稱《條例》)2件。',
    expected: '城东区农业局2015年政府信息公开工作年度报告\n召开会议3次,(一)公开文件(以下简称《条例》)2件。',
  },
  {
    name: 'parentheses that are not glosses are kept in a plain document',
    input: '下载附件(PDF)，加入(qq群)，开展的(de)工作（2019）。',
    expected: '下载附件(PDF),加入(qq群),开展的(de)工作(2019)。',
  },
  {
    name: 'page footers of several shapes dropped',
    input: '集中受理\n— 4 —\n行政审批\n－4－\n事项\n第 3 页 共 9 页\n的主\n3/9\n阵\n─ 4 ─\n地\n第3/9页\n，办\n一 4 一\n理完毕。',
    expected: '集中受理行政审批事项的主阵地,办理完毕。',
  },
  {
    name: 'a line that is only a number or a bracketed list number is not a footer',
    input: '总计\n4\n（4）\n办理情况。',
    expected: '总计\n4\n(4)\n办理情况。',
  },
  {
    name: 'saved page: chrome dropped, field rows kept each on its own line',
    input: [
      '标题: 城东区2010年政府信息公开工作年度报告',
      '索引号: 11370300000000000X/2011-None 文号: 无文号',
      '发文日期: 2011-02-01 发布机构: 城东区人民政府',
      '  • 标题',
      '  • 正文',
      '  • 手机',
      '城东区2010年政府信息公开工作年度报告',
      '发布日期:2011-02-01',
      '【字体：大 中 小】 打印本页 关闭窗口',
      '分享到：',
      '点击接收年报语音朗读',
      '本报告由城东区人民政府办公室编制，主动公开信息5条。',
    ].join('\n'),
    expected: [
      '标题:城东区2010年政府信息公开工作年度报告',
      '索引号: 11370300000000000X/2011-None文号:无文号',
      '发文日期: 2011-02-01发布机构:城东区人民政府',
      '城东区2010年政府信息公开工作年度报告',
      '发布日期:2011-02-01',
      '本报告由城东区人民政府办公室编制,主动公开信息5条。',
    ].join('\n'),
  },
  {
    name: 'saved page: unlabelled field values and a date-source row stand alone',
    input: '城东区教育局\n1137000000000000XX-A/2024-6500000\n城东区教育局\n2024-01-25\n2024-01-25 来源:\n本报告根据条例编制，共收到申请3件。',
    expected: '城东区教育局\n1137000000000000XX-A/2024-6500000\n城东区教育局\n2024-01-25\n2024-01-25来源:\n本报告根据条例编制,共收到申请3件。',
  },
  {
    name: 'field-table rows that lost their leading pipe are rows, not prose',
    input: '标题: | 城东区2020年政府信息公开工作年度报告 | ||\n---|---|---|---|\n索引号: | 113700/2021-1 | 文号: | 无文号 |\n城东区2020年政府信息公开工作年度报告\n2020年，主动公开信息5条。',
    expected: '标题: | 城东区2020年政府信息公开工作年度报告 | ||\n---|---|---|---|\n索引号: | 113700/2021-1 | 文号: | 无文号 |\n城东区2020年政府信息公开工作年度报告\n2020年,主动公开信息5条。',
  },
  {
    name: 'prose mentioning 打印 or 来源 is not chrome or a field',
    input: '打印本页的文件共5份，\n来源于网站的信息3条。\n关闭窗口期间\n共办理2件。',
    expected: '打印本页的文件共5份,来源于网站的信息3条。\n关闭窗口期间共办理2件。',
  },
  {
    name: "a site's menu bar (two or more menu entries, nothing else) is chrome; one entry alone stays",
    input: '首页 政务公开 互动交流\n网站首页 | 走进张店 | 新闻中心\n政务公开\n城东区2010年政府信息公开工作年度报告',
    expected: '政务公开城东区2010年政府信息公开工作年度报告',
  },
  {
    name: 'CRLF line endings and trailing spaces',
    input: '一、总体情况 \r\n\r\n2023年，区政府办公室认真贯彻\r\n落实条例要求。  \r\n',
    expected: '一、总体情况\n2023年,区政府办公室认真贯彻落实条例要求。',
  },
];

/** The working text every output character must come from. */
function folded(original: string): string {
  return toSimplified(foldWidth(original));
}

/** Map invariants: length, end sentinel, strictly increasing, every character traced back. */
function checkMap(original: string): void {
  const { text, map } = normaliseText(original);
  const f = folded(original);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(original.length);
  for (let i = 0; i < text.length; i++) {
    const o = map[i] ?? -1;
    expect(o).toBeGreaterThanOrEqual(0);
    expect(o).toBeLessThan(original.length);
    if (i > 0) expect(o).toBeGreaterThan(map[i - 1] ?? -1);
    const t = text[i];
    const src = f[o] ?? '';
    if (t === '\n') expect(src).toMatch(/[\n\r\f\v\u2028\u2029\x85]/);
    else if (t === ' ') expect(src).toMatch(/[ \u00a0\u2000-\u200a\u202f\u205f\t]/);
    else expect(src).toBe(t);
  }
}

describe('normaliseText', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const { text } = normaliseText(input);
    expect(text).toBe(expected);
    expect(text).not.toMatch(/\n\n| \n| $/);
  });

  it.each(cases)('offset map is consistent: $name', ({ input }) => {
    checkMap(input);
  });

  it('handles empty and blank input', () => {
    expect(normaliseText('')).toEqual({ text: '', map: Int32Array.from([0]) });
    const input = '\n \n\t \n';
    const blank = normaliseText(input);
    expect(blank.text).toBe('\t');
    expect(blank.map[blank.text.length]).toBe(input.length);
    expect(blank.map[0]).toBe(3);
  });
});

describe('offsets back to the original', () => {
  const spaced = '便于政府信\n\n息的查询和阅\n\n读，截至 2018\n\n年12 月31 日，\n\n访 问 量 达 到\n\n735921 次，创历\n\n史新高。';

  it('map points at the (folded, simplified) same character', () => {
    const inputs = [spaced, '張店區人民政府辦公室 2018 年收到申請 12 件。', '２０１８年，共收到申请１２件。'];
    for (const original of inputs) {
      const norm = normaliseText(original);
      const f = folded(original);
      for (const s of ['2018年', '12', '访问量达到735921次', '张店区人民政府', '申请']) {
        const i = norm.text.indexOf(s);
        if (i < 0) continue;
        for (let k = 0; k < s.length; k++) {
          const o = norm.map[i + k] ?? -1;
          expect(f.slice(o, o + 1)).toBe(s[k]);
          expect(folded(original.slice(o, o + 1))).toBe(s[k]);
        }
      }
    }
  });

  it('quotes a sentence of the spaced, broken example as published', () => {
    const norm = normaliseText(spaced);
    const sentence = '截至2018年12月31日,访问量达到735921次';
    const i = norm.text.indexOf(sentence);
    expect(i).toBeGreaterThanOrEqual(0);
    const span = toOriginalSpan(norm, i, i + sentence.length);
    expect(spaced.slice(span.start, span.end)).toBe('截至 2018\n\n年12 月31 日，\n\n访 问 量 达 到\n\n735921 次');
    expect(quoteOriginal(spaced, span.start, span.end)).toBe('截至2018年12月31日，访问量达到735921次');

    const j = norm.text.indexOf('访问量达到735921次');
    const s2 = toOriginalSpan(norm, j, j + '访问量达到735921次'.length);
    expect(quoteOriginal(spaced, s2.start, s2.end)).toBe('访问量达到735921次');
  });

  it('quote drops page numbers and image junk inside the span', () => {
    const original = '作为推进改革，集中\n\n\n\n- 5 - \n\n受理行政审批事项。[image: image4.png]£ REME R\n下一段。';
    const norm = normaliseText(original);
    const s = '集中受理行政审批事项。';
    const i = norm.text.indexOf(s);
    const span = toOriginalSpan(norm, i, i + s.length);
    expect(quoteOriginal(original, span.start, span.end)).toBe('集中受理行政审批事项。');
    expect(quoteOriginal(original, 0, original.length)).toBe('作为推进改革，集中受理行政审批事项。下一段。');
  });

  it('quote keeps traditional and full-width characters', () => {
    const original = '張店區人民政府辦公室 2018 年收到申請 １２ 件。';
    const norm = normaliseText(original);
    expect(norm.text).toBe('张店区人民政府办公室2018年收到申请12件。');
    const s = '办公室2018年收到申请12件';
    const i = norm.text.indexOf(s);
    const span = toOriginalSpan(norm, i, i + s.length);
    expect(quoteOriginal(original, span.start, span.end)).toBe('辦公室2018年收到申請１２件');
  });

  it('quote leaves out pinyin glosses, keeps traditional characters and real brackets', () => {
    const original = '城東區(qū)委會(huì)召開(kāi)會(huì)議（一）3次(以下簡稱《條例》)。';
    const norm = normaliseText(original);
    expect(norm.text).toBe('城东区委会召开会议(一)3次(以下简称《条例》)。');
    const s = '召开会议(一)3次';
    const i = norm.text.indexOf(s);
    const span = toOriginalSpan(norm, i, i + s.length);
    expect(original.slice(span.start, span.end)).toBe('召開(kāi)會(huì)議（一）3次');
    expect(quoteOriginal(original, span.start, span.end)).toBe('召開會議（一）3次');
    // A toneless syllable is a gloss here because the document shows tone-marked ones elsewhere.
    const withToneless = '城東區(qū)委會(huì)開(kāi)展的(de)工作5次。';
    expect(normaliseText(withToneless).text).toBe('城东区委会开展的工作5次。');
    expect(quoteOriginal(withToneless, 0, withToneless.length)).toBe('城東區委會開展的工作5次。');
    expect(quoteOriginal('开展的(de)工作', 0, 9)).toBe('开展的(de)工作');
  });

  it('quote drops site chrome inside the span', () => {
    const original = '共公开信息\n【字體：大 中 小】\n5條。';
    const norm = normaliseText(original);
    expect(norm.text).toBe('共公开信息5条。');
    expect(quoteOriginal(original, 0, original.length)).toBe('共公开信息5條。');
  });

  it('toOriginalSpan of an empty or out-of-range span', () => {
    const norm = normaliseText('张 店');
    expect(toOriginalSpan(norm, 1, 1)).toEqual({ start: 2, end: 2 });
    expect(toOriginalSpan(norm, 0, 99)).toEqual({ start: 0, end: 3 });
  });
});

describe('seed reports', () => {
  // The seeds as the project keeps them (data/reports), named by what they are, not by seed number.
  const dir = fileURLToPath(new URL('../../data/reports', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const load = (name: string): { original: string; text: string; lines: string[] } => {
    const original = readFileSync(join(dir, name), 'utf8');
    const { text } = normaliseText(original);
    return { original, text, lines: text.split('\n') };
  };

  it('has the five seeds', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s: no blank lines, no trailing spaces, consistent map', (name) => {
    const original = readFileSync(join(dir, name), 'utf8');
    const { text } = normaliseText(original);
    expect(text).not.toMatch(/\n\n/);
    expect(text).not.toMatch(/ \n| $/);
    expect(text).not.toMatch(/\[image:/);
    expect(text.split('\n')).not.toContain('- 5 -');
    checkMap(original);
  });

  it('2018-张店区人民政府.txt: headings are whole lines, broken sentences re-joined', () => {
    const { text, lines } = load('2018-张店区人民政府.txt');
    expect(lines).toContain('七、存在的主要问题及改进措施');
    expect(lines).toContain('三、依申请公开政府信息情况');
    expect(lines).toContain('一、政府信息公开工作基本情况');
    expect(lines).toContain('五、申请行政复议、提起行政诉讼情况');
    expect(text).toContain('访问量达到735921次');
    expect(text).toContain('新增公开发布信息数达9721条');
    expect(text).toContain('截至2018年12月31日,访问量达到735921次,创历史新高');
    expect(text).toContain('(张政办字〔2018〕62号)');
    expect(text).toContain('集中受理行政审批事项的主阵地');
  });

  it('2017-张店区人民政府.txt: image junk dropped, sub-heading kept apart', () => {
    const { text, lines } = load('2017-张店区人民政府.txt');
    expect(text).not.toContain('REME');
    expect(text).not.toContain('EEHE');
    expect(lines).toContain('(一)加强组织领导,推动政务信息公开工作落实');
    expect(lines).toContain('十、工作中存在的主要问题及改进措施');
  });

  it('2023-张店区人民政府办公室.txt: 2023 table cells are separate tab lines', () => {
    const { lines } = load('2023-张店区人民政府办公室.txt');
    expect(lines).toContain('\t5.要求行政机关确认或重新出具已获取信息');
    expect(lines).toContain('\t结果维持');
    expect(lines).toContain('\t尚未审结');
    expect(lines).toContain('\t总计');
    expect(lines).toContain('\t(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)');
    expect(lines).toContain('\t');
    expect(lines).toContain('三、收到和处理政府信息公开申请情况');
    // cells of a row stay one per line: 51, 3, 0, 0, 0, 2, 56
    const k = lines.indexOf('\t一、本年新收政府信息公开申请数量');
    expect(lines.slice(k + 1, k + 8)).toEqual(['\t51', '\t3', '\t0', '\t0', '\t0', '\t2', '\t56']);
  });

  it('2018-张店区机关事务服务中心.txt: signature and date on their own lines', () => {
    const { lines } = load('2018-张店区机关事务服务中心.txt');
    expect(lines).toContain('十三、需要说明的事项与附表');
    expect(lines.at(-2)).toBe('张店区机关事务服务中心');
    expect(lines.at(-1)).toBe('2019年3月26日');
  });

  it('2018-张店区科学技术局.txt: headings broken across lines are whole lines', () => {
    const { text, lines } = load('2018-张店区科学技术局.txt');
    expect(lines).toContain('四、政机关依申请公开政府信息和不予公开政府信息的情况');
    expect(lines).toContain('七、因政府信息公开申请行政复议、提起行政诉讼的情况');
    expect(lines).toContain('一、概述');
    expect(lines).toContain('(此件主动公开)');
    expect(text).toContain('路226号张店区政务中心,邮编:255000,Email:zdqkjjbgs@zb.shandong.cn');
  });

  it('is fast enough for 15,000 reports', () => {
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const big = all.repeat(20); // ~1.5 MB
    const t0 = performance.now();
    const { text, map } = normaliseText(big);
    const ms = performance.now() - t0;
    expect(map.length).toBe(text.length + 1);
    expect(ms).toBeLessThan(5000);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/normalise-text.ts';
import { splitSections, subMarkers, subPathAt } from '../../src/ingest/split-sections.ts';

const headings = (raw: string): string[] => splitSections(normaliseText(raw).text).map((s) => s.heading);

describe('splitSections', () => {
  it.each([
    { name: 'numbered headings in sequence', raw: '标题\n一、概述\n正文。\n二、主动公开政府信息情况\n正文。', want: ['一、概述', '二、主动公开政府信息情况'] },
    { name: 'heading broken across lines', raw: '一、概述\n正文。\n二、存在\n\n的主要问题及改进措施 \n\n2018年，工作取得进展。', want: ['一、概述', '二、存在的主要问题及改进措施'] },
    { name: 'heading broken before its last character', raw: '一、概述\n正文。\n二、因政府信息公开申请行政复议、提起行政诉讼的情\n\n况\n\n2018年度，没有发生。', want: ['一、概述', '二、因政府信息公开申请行政复议、提起行政诉讼的情况'] },
    {
      name: 'template table rows numbered like headings are not sections',
      raw: '一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n三、收到和处理政府信息公开申请情况\n\t一、本年新收政府信息公开申请数量\n\t5\n\t四、结转下年度继续办理\n\t0\n四、政府信息公开行政复议、行政诉讼情况\n正文。',
      want: ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'],
    },
    {
      name: 'a table row without tabs, followed by its figures',
      raw: '一、总体情况\n正文。\n二、收到和处理政府信息公开申请情况\n三、本年度办理结果\n4\n0\n三、政府信息公开行政复议、行政诉讼情况\n正文。',
      want: ['一、总体情况', '二、收到和处理政府信息公开申请情况', '三、政府信息公开行政复议、行政诉讼情况'],
    },
    { name: 'out-of-sequence numbers are list items', raw: '一、概述\n三、不是标题\n二、主动公开情况\n正文。', want: ['一、概述', '二、主动公开情况'] },
    { name: '繁體 headings', raw: '一、總體情況\n正文。\n二、主動公開政府信息情況\n正文。', want: ['一、总体情况', '二、主动公开政府信息情况'] },
    { name: 'ten and beyond', raw: [...'一二三四五六七八九'].map((n) => `${n}、第${n}部分\n正文。`).join('\n') + '\n十、第十部分\n正文。\n十一、第十一部分\n正文。\n十二、第十二部分', want: [...[...'一二三四五六七八九'].map((n) => `${n}、第${n}部分`), '十、第十部分', '十一、第十一部分', '十二、第十二部分'] },
    { name: 'full-width digits in the body do not matter', raw: '一、概述\n２０１８年，收到申请１２件。\n二、其他需要报告的事项\n无。', want: ['一、概述', '二、其他需要报告的事项'] },
  ])('$name', ({ raw, want }) => {
    expect(headings(raw)).toEqual(want);
  });

  it('keeps sub-sections as a path', () => {
    const { text } = normaliseText('一、总体情况\n（一）做好主动公开工作\n1、加强领导。共公开信息10条。\n（二）做好依申请公开\n收到申请3件。');
    const sections = splitSections(text);
    const markers = subMarkers(text);
    expect(subPathAt(markers, sections[0], text.indexOf('10条'))).toEqual(['(一)做好主动公开工作', '1、加强领导']);
    expect(subPathAt(markers, sections[0], text.indexOf('3件'))).toEqual(['(二)做好依申请公开']);
  });
});

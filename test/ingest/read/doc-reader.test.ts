import { describe, expect, it } from 'vitest';
import { docBodyToText } from '../../../src/ingest/read/doc-reader.ts';

describe('docBodyToText (a .doc body as word-extractor gives it)', () => {
  it('puts each cell of a table run on its own TAB line, drops merged-cell blanks, frees the paragraph glued after it', () => {
    const body = '二、主动公开\n\t\t规章\t0\t0\t\t行政规范性文件\t2\t1\t\t三、收到和处理申请情况\n正文。';
    expect(docBodyToText(body).split('\n')).toEqual(['二、主动公开', '\t规章', '\t0', '\t0', '\t行政规范性文件', '\t2', '\t1', '三、收到和处理申请情况', '正文。']);
  });

  it('leaves a line whose only TAB leads it (a text extraction wrote its cells so) as it was', () => {
    expect(docBodyToText('\t（一）予以公开\n\t3\n全年主动公开信息50条。')).toBe('\t（一）予以公开\n\t3\n全年主动公开信息50条。');
  });
});

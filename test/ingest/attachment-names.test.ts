import { describe, expect, it } from 'vitest';
import { attachmentNames } from '../../src/ingest/attachment-names.ts';

describe('attachmentNames', () => {
  it.each([
    ['附件：张店区科学技术局2018年政府信息公开工作年度报告.pdf', ['张店区科学技术局2018年政府信息公开工作年度报告.pdf']],
    ['附件1: 年报.DOCX，附件2: 统计表.doc', ['年报.DOCX', '统计表.doc']],
    ['下载 2019年报.wps', ['2019年报.wps']],
  ])('%s', (text, names) => {
    expect(attachmentNames(text)).toEqual(names);
  });

  it('names no attachment in prose about files or in a web address', () => {
    expect(attachmentNames('全年印发文件12件，通过www.zhangdian.gov.cn公开。')).toEqual([]);
    expect(attachmentNames('见 https://example.gov.cn/list.docxview')).toEqual([]);
  });
});

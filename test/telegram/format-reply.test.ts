import { describe, expect, it } from 'vitest';
import { formatReply } from '../../src/interfaces/telegram/format-reply.ts';
import { validateTelegramHtml } from '../fixtures/fake-bot-api/validate-html.ts';

describe('formatReply', () => {
  it.each([
    ['50条 —— 张店区科学技术局2018年', '50条 —— 张店区科学技术局2018年'],
    ['来源：《报告》三、情况\n原文：“<主动公开> & 50条”', '<i>来源：《报告》三、情况</i>\n<i>原文：“&lt;主动公开&gt; &amp; 50条”</i>'],
    ['a <b>not bold</b>', 'a &lt;b&gt;not bold&lt;/b&gt;'],
  ])('%j', (text, html) => {
    expect(formatReply({ text })).toBe(html);
    expect(validateTelegramHtml(html)).toEqual({ ok: true, text });
  });

  it('puts a note first, in italics', () => {
    expect(formatReply({ text: 'x' }, '问题太长 <500>')).toBe('<i>问题太长 &lt;500&gt;</i>\n\nx');
  });
});

import { describe, expect, it } from 'vitest';
import type { ReplyLine } from '../../src/answer/reply.ts';
import { formatReply } from '../../src/interfaces/telegram/format-reply.ts';
import { validateTelegramHtml } from '../fixtures/fake-bot-api/validate-html.ts';

const reply = (lines: ReplyLine[]) => ({ text: lines.map((l) => l.text).join('\n'), lines });

describe('formatReply', () => {
  it.each([
    [[{ kind: 'text', text: '50条 —— 张店区科学技术局2018年' }], '50条 —— 张店区科学技术局2018年'],
    [[{ kind: 'figure', text: '50条 —— “<主动公开>”' }], '<b>50条 —— “&lt;主动公开&gt;”</b>'],
    [
      [{ kind: 'source', text: '来源：《报告》三、情况' }, { kind: 'quote', text: '原文：“<主动公开> & 50条”' }],
      '<i>来源：《报告》三、情况</i>\n<i>原文：“&lt;主动公开&gt; &amp; 50条”</i>',
    ],
    [[{ kind: 'source', text: 'Source: 《报告》' }, { kind: 'item', text: '· a <b>not bold</b>' }], '<i>Source: 《报告》</i>\n· a &lt;b&gt;not bold&lt;/b&gt;'],
  ] as [ReplyLine[], string][])('%j', (lines, html) => {
    const r = reply(lines);
    expect(formatReply(r)).toBe(html);
    expect(validateTelegramHtml(html)).toEqual({ ok: true, text: r.text });
  });

  it('styles by the kind of line the engine gives, never by what a line says', () => {
    expect(formatReply(reply([{ kind: 'text', text: '来源：用户的话' }]))).toBe('来源：用户的话');
    expect(formatReply({ text: '来源：《报告》' })).toBe('来源：《报告》');
  });

  it('puts a note first, in italics', () => {
    expect(formatReply({ text: 'x' }, '问题太长 <500>')).toBe('<i>问题太长 &lt;500&gt;</i>\n\nx');
  });
});

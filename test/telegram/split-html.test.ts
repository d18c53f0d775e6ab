import { describe, expect, it } from 'vitest';
import { escapeAttr, escapeHtml } from '../../src/interfaces/telegram/escape-html.ts';
import { MESSAGE_LIMIT, splitHtml } from '../../src/interfaces/telegram/split-html.ts';
import { validateTelegramHtml } from '../fixtures/fake-bot-api/validate-html.ts';

describe('escapeHtml / escapeAttr', () => {
  it.each([
    ['plain 文本', 'plain 文本', 'plain 文本'],
    ['<b>科技局</b> & 2018', '&lt;b&gt;科技局&lt;/b&gt; &amp; 2018', '&lt;b&gt;科技局&lt;/b&gt; &amp; 2018'],
    ['&amp; stays literal', '&amp;amp; stays literal', '&amp;amp; stays literal'],
    ['say "hi" \'x\'', 'say "hi" \'x\'', 'say &quot;hi&quot; \'x\''],
    ['a<b>c', 'a&lt;b&gt;c', 'a&lt;b&gt;c'],
    ['', '', ''],
  ])('%j', (input, text, attr) => {
    expect(escapeHtml(input)).toBe(text);
    expect(escapeAttr(input)).toBe(attr);
    const parsed = validateTelegramHtml(escapeHtml(input));
    expect(parsed.ok && parsed.text).toBe(input);
  });
});

const line = (n: number, ch = 'x') => ch.repeat(n);

describe('splitHtml', () => {
  it.each([
    { name: 'short text stays whole', html: 'a\nb', limit: 10, parts: ['a\nb'] },
    { name: 'cuts at the last line break that fits', html: 'aaaa\nbbbb\ncccc', limit: 10, parts: ['aaaa\nbbbb', 'cccc'] },
    { name: 'a line longer than the limit is cut between characters', html: line(25), limit: 10, parts: [line(10), line(10), line(5)] },
    { name: 'never inside an entity', html: 'aaaaaaa&amp;bb', limit: 10, parts: ['aaaaaaa', '&amp;bb'] },
    { name: 'never inside a tag; open tags are closed and reopened', html: '<i>aaaa\nbbbb\ncccc</i>', limit: 15, parts: ['<i>aaaa</i>', '<i>bbbb</i>', '<i>cccc</i>'] },
    { name: 'a tag is not split from its text', html: 'aaaa\n<b>bbbbbb</b>', limit: 13, parts: ['aaaa', '<b>bbbbbb</b>'] },
    { name: 'blank parts are dropped', html: 'aaaa\n\n\n\nbbbb', limit: 5, parts: ['aaaa', 'bbbb'] },
    { name: 'surrogate pairs stay whole', html: '😀😀😀', limit: 5, parts: ['😀😀', '😀'] },
    { name: 'nested tags', html: '<b><i>aaa\nbbb</i></b>', limit: 18, parts: ['<b><i>aaa</i></b>', '<b><i>bbb</i></b>'] },
  ])('$name', ({ html, limit, parts }) => {
    const out = splitHtml(html, limit);
    expect(out).toEqual(parts);
    for (const part of out) {
      expect(part.length).toBeLessThanOrEqual(limit);
      expect(validateTelegramHtml(part).ok).toBe(true);
    }
  });

  it('splits a long reply at 4096 on line boundaries into valid parts that keep every line', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `<i>${escapeHtml(`第${i}行 <数据> & “引文”`)}</i>`);
    const html = lines.join('\n');
    const parts = splitHtml(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(validateTelegramHtml(part).ok).toBe(true);
    }
    expect(parts.join('\n')).toBe(html);
  });

  it('keeps every character of a single 10 000-character line', () => {
    const html = escapeHtml('<&>'.repeat(3334));
    const parts = splitHtml(html);
    expect(parts.map((p) => (validateTelegramHtml(p) as { text: string }).text).join('')).toBe('<&>'.repeat(3334));
  });
});

import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeReportBytes } from '../../src/ingest/decode-report-bytes.ts';

const TITLE = '张店区科学技术局2018年政府信息公开工作年度报告';
/** Typical report text: CJK, digits, full-width punctuation, 一 (U+4E00) and 开 (U+5F00) whose UTF-16 has a 0x00 byte. */
const REPORT = `${TITLE}\n一、总体情况\n2018年，共主动公开政府信息56条，收到申请3件。\n`;

const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
const concat = (...parts: ArrayLike<number>[]): Uint8Array => new Uint8Array(parts.flatMap((p) => Array.from(p)));

/** mulberry32: deterministic "random" bytes so the binary case is reproducible. */
function seededBytes(seed: number, length: number): Uint8Array {
  let a = seed;
  return Uint8Array.from({ length }, () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  });
}

const PNG_HEADER = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
]);

describe('decodeReportBytes: text files', () => {
  const gb18030Text = '张店区2019年报告：生僻字𠮷与欧元符号€';
  const cases: { name: string; bytes: Uint8Array; text: string; encoding: string }[] = [
    { name: 'UTF-8 without BOM', bytes: new TextEncoder().encode(REPORT), text: REPORT, encoding: 'utf-8' },
    {
      name: 'UTF-8 with BOM (stripped)',
      bytes: concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(REPORT)),
      text: REPORT,
      encoding: 'utf-8-bom',
    },
    { name: 'UTF-16LE with BOM', bytes: concat([0xff, 0xfe], utf16le(REPORT)), text: REPORT, encoding: 'utf-16le' },
    { name: 'UTF-16BE with BOM', bytes: concat([0xfe, 0xff], utf16be(REPORT)), text: REPORT, encoding: 'utf-16be' },
    { name: 'UTF-16LE without BOM', bytes: utf16le(REPORT), text: REPORT, encoding: 'utf-16le' },
    { name: 'UTF-16BE without BOM', bytes: utf16be(REPORT), text: REPORT, encoding: 'utf-16be' },
    { name: 'GBK', bytes: new Uint8Array(iconv.encode(TITLE, 'gbk')), text: TITLE, encoding: 'gb18030' },
    {
      name: 'GB18030 with a four-byte character',
      bytes: new Uint8Array(iconv.encode(gb18030Text, 'gb18030')),
      text: gb18030Text,
      encoding: 'gb18030',
    },
    {
      name: 'CRLF and CR line endings normalised',
      bytes: new TextEncoder().encode('第一行\r\n第二行\r第三行\n'),
      text: '第一行\n第二行\n第三行\n',
      encoding: 'utf-8',
    },
    {
      name: 'GBK with CRLF',
      bytes: new Uint8Array(iconv.encode(`${TITLE}\r\n一、总体情况\r\n`, 'gbk')),
      text: `${TITLE}\n一、总体情况\n`,
      encoding: 'gb18030',
    },
  ];

  it.each(cases)('$name', ({ bytes, text, encoding }) => {
    expect(decodeReportBytes(bytes)).toEqual({ ok: true, text, encoding });
  });
});

describe('decodeReportBytes: rejected files', () => {
  const noNulBinary = seededBytes(7, 4096).map((b) => (b === 0 ? 1 : b));
  const cases: { name: string; bytes: Uint8Array; code: string; message: RegExp }[] = [
    { name: 'empty file', bytes: new Uint8Array(0), code: 'empty_file', message: /empty/ },
    { name: 'whitespace only', bytes: new TextEncoder().encode(' \n\t\r\n\u3000 \n'), code: 'empty_file', message: /whitespace/ },
    { name: 'UTF-8 BOM only', bytes: Uint8Array.from([0xef, 0xbb, 0xbf]), code: 'empty_file', message: /whitespace/ },
    { name: 'random binary (seeded)', bytes: seededBytes(42, 4096), code: 'binary_file', message: /found \d+ NUL bytes/ },
    { name: 'random binary without NUL bytes', bytes: noNulBinary, code: 'binary_file', message: /control characters/ },
    { name: 'PNG header', bytes: PNG_HEADER, code: 'binary_file', message: /found 12 NUL bytes/ },
    { name: 'PNG signature only', bytes: PNG_HEADER.slice(0, 8), code: 'binary_file', message: /control characters/ },
    {
      name: 'UTF-8 BOM followed by invalid UTF-8',
      bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]),
      code: 'unknown_encoding',
      message: /not valid utf-8/,
    },
    {
      name: 'neither UTF-8 nor GB18030',
      bytes: Uint8Array.from([0x41, 0x42, 0xff, 0xff, 0x43]),
      code: 'unknown_encoding',
      message: /cannot decode/,
    },
  ];

  it.each(cases)('$name → $code', ({ bytes, code, message }) => {
    const result = decodeReportBytes(bytes);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

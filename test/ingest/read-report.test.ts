import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readReport, REPORT_EXTENSIONS } from '../../src/ingest/read-report.ts';

const TITLE = '张店区科学技术局2018年政府信息公开工作年度报告';
const GBK_PAGE = `<html><head><meta charset="gbk"><title>${TITLE}</title></head>
<body><div class="nav">首页</div><div id="zoom"><h1>${TITLE}</h1><p>一、总体情况</p>
<table><tr><td colspan="2">申请人情况</td></tr><tr><td>自然人</td><td>3</td></tr></table></div></body></html>`;

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-report-'));
  writeFileSync(join(dir, 'report.txt'), `${TITLE}\r\n一、总体情况\r\n`, 'utf8');
  writeFileSync(join(dir, 'report.md'), `# ${TITLE}\n\n## 一、总体情况\n`, 'utf8');
  writeFileSync(join(dir, 'report-gbk.html'), iconv.encode(GBK_PAGE, 'gbk'));
  writeFileSync(join(dir, 'UPPER.HTM'), `<p>${TITLE}</p>`, 'utf8');
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4\n', 'utf8');
  writeFileSync(join(dir, 'sheet.xlsx'), 'PK', 'utf8');
  writeFileSync(join(dir, 'README'), TITLE, 'utf8');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  mkdirSync(join(dir, 'x.txt'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readReport: readable reports', () => {
  const cases = [
    { file: 'report.txt', format: 'txt', encoding: 'utf-8', text: `${TITLE}\n一、总体情况\n` },
    { file: 'report.md', format: 'md', encoding: 'utf-8', text: `# ${TITLE}\n\n## 一、总体情况\n` },
    {
      file: 'report-gbk.html',
      format: 'html',
      encoding: 'gb18030',
      text: `${TITLE}\n一、总体情况\n\n| 申请人情况 | 申请人情况 |\n| 自然人 | 3 |`,
    },
    { file: 'UPPER.HTM', format: 'html', encoding: 'utf-8', text: TITLE },
  ];

  it.each(cases)('$file → $format ($encoding)', async ({ file, format, encoding, text }) => {
    expect(await readReport(join(dir, file))).toEqual({ ok: true, file, text, encoding, format });
  });
});

describe('readReport: problems', () => {
  const cases = [
    { file: 'sheet.xlsx', code: 'unsupported_format', message: /\.xlsx is not a supported report format/ },
    { file: 'report.pdf', code: 'truncated_file', message: /cut short/ },
    { file: 'README', code: 'unsupported_format', message: /no extension/ },
    { file: 'x.txt', code: 'read_error', message: /EISDIR/ },
    { file: 'missing.txt', code: 'read_error', message: /ENOENT/ },
    { file: 'empty.txt', code: 'empty_file', message: /empty/ },
    { file: 'image.txt', code: 'binary_file', message: /NUL bytes/ },
  ];

  it.each(cases)('$file → $code', async ({ file, code, message }) => {
    const result = await readReport(join(dir, file));
    expect(result).toMatchObject({ ok: false, file, problem: { code, file, severity: 'error', section: '' } });
    if (!result.ok) expect(result.problem.message).toMatch(message);
  });

  it('does not throw on an empty path', async () => {
    expect(await readReport('')).toMatchObject({ ok: false, problem: { code: 'unsupported_format' } });
  });
});

describe('REPORT_EXTENSIONS', () => {
  it('lists the accepted extensions', () => {
    expect([...REPORT_EXTENSIONS].sort()).toEqual(['.doc', '.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.txt']);
  });
});

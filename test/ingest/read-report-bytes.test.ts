import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport } from '../../src/ingest/read-report.ts';
import { readReportBytes } from '../../src/ingest/read-report.ts';
import { refusedReports, truncatedMidTable } from '../fixtures/malformed-reports/malformed-reports.ts';
import { templateReportHtml, consistentValues } from '../fixtures/template-report-html.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
const TITLE = '张店区科学技术局2018年政府信息公开工作年度报告';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-report-bytes-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  for (const bad of refusedReports()) writeFileSync(join(dir, bad.file), bad.bytes);
  writeFileSync(join(dir, 'truncated.txt'), truncatedMidTable());
  writeFileSync(join(dir, '2021-教育局.html'), templateReportHtml('张店区教育局', 2021, consistentValues()));
  writeFileSync(join(dir, 'gbk.HTM'), iconv.encode(`<html><head><meta charset="gbk"></head><body><p>${TITLE}</p></body></html>`, 'gbk'));
  writeFileSync(join(dir, 'utf16be.md'), iconv.encode(`# ${TITLE}\n`, 'utf16-be', { addBOM: true }));
  writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4\n');
  writeFileSync(join(dir, 'README'), TITLE);
  writeFileSync(join(dir, 'notes.markdown'), `${TITLE}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readReportBytes', () => {
  it('gives what readReport gives for every kind of file ingest meets (text, encoding, format, or the problem)', async () => {
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const path = join(dir, file);
      expect(await readReportBytes(path, readFileSync(path)), file).toEqual(await readReport(path));
    }
  });
});

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../src/ingest/load/ingest-folder.ts';
import { openStore } from '../../../src/store/open-store.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
const SEED = '2018-张店区科学技术局.txt';
const TITLE = '张店区科学技术局2018年政府信息公开工作年度报告';
// A saved page that only links its report: title, date, the attachment's name.
const STUB = `<html><head><title>${TITLE}</title></head><body><div class="article"><h1>${TITLE}</h1><p>发布日期：2019-01-20</p>
<p>附件：<a href="/u/x.pdf">${TITLE}.pdf</a></p></div></body></html>`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a saved page whose report is in its attachment', () => {
  it('is refused, naming the attachment, so it never stands in for the report itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attachment-'));
    dirs.push(dir);
    // The page sorts first: stored, it would have made the report a duplicate.
    writeFileSync(join(dir, '0-page.html'), STUB);
    copyFileSync(join(SEEDS, SEED), join(dir, SEED));
    const db = openStore(':memory:');
    const summary = await ingestFolder(db, dir);
    const facts = (db.prepare('SELECT count(*) AS n FROM facts').get() as { n: number }).n;
    db.close();
    expect(summary.loaded).toEqual([SEED]);
    const refused = summary.failed.find((f) => f.file === '0-page.html')?.problems.find((p) => p.severity === 'error');
    expect(refused?.code).toBe('report_in_attachment');
    expect(refused?.message).toContain(`${TITLE}.pdf`);
    expect(facts).toBeGreaterThan(0);
  });

  it('a page that states figures and also links an attachment loads as before', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attachment-'));
    dirs.push(dir);
    writeFileSync(join(dir, SEED), `${readFileSync(join(SEEDS, SEED), 'utf8')}\n附件：${TITLE}.pdf\n`);
    const db = openStore(':memory:');
    const summary = await ingestFolder(db, dir);
    db.close();
    expect(summary.loaded).toEqual([SEED]);
  });
});

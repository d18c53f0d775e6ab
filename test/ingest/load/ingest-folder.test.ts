import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../../src/store/open-store.ts';
import { SqliteFactSource } from '../../../src/store/sqlite-fact-source.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
const SMALL = '2018-张店区科学技术局.txt';

let dir: string;
let db: Db;

function factsHash(d: Db): string {
  const rows = d.prepare('SELECT r.file, f.metric, f.dims, f.value, f.quote FROM facts f JOIN reports r ON r.id = f.report_id ORDER BY r.file, f.id').all();
  return JSON.stringify(rows);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reports-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  db = openStore(':memory:');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestFolder', () => {
  it('loads every report, then skips unchanged files by content hash', async () => {
    const first = await ingestFolder(db, dir);
    expect(first.loaded).toHaveLength(5);
    expect(first.failed).toEqual([]);
    expect(first.facts).toBeGreaterThan(400);
    const second = await ingestFolder(db, dir);
    expect(second.loaded).toEqual([]);
    expect(second.unchanged).toHaveLength(5);
    expect(second.facts).toBe(first.facts);
  });

  it('says how far it has got after each committed batch, ending at every file listed', async () => {
    writeFileSync(join(dir, 'broken.txt'), '');
    const seen: { done: number; total: number; loaded: number; failed: number }[] = [];
    const s = await ingestFolder(db, dir, { batch: { maxReports: 2, maxMs: Number.POSITIVE_INFINITY }, onProgress: (p) => seen.push(p) });
    // Six files, two to a batch (the empty one fails, and a failure is written too).
    expect(seen.map((p) => p.done)).toEqual([2, 4, 6]);
    expect(seen.every((p) => p.total === 6)).toBe(true);
    expect(seen.at(-1)).toEqual({ done: 6, total: 6, loaded: s.loaded.length, failed: 1 });
  });

  it('replaces a changed report instead of adding to it', async () => {
    await ingestFolder(db, dir);
    const before = db.prepare("SELECT count(*) AS n FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = ?").get(SMALL) as { n: number };
    const path = join(dir, SMALL);
    writeFileSync(path, readFileSync(path, 'utf8').replace('府信息 50条', '府信息 60条'));
    const s = await ingestFolder(db, dir);
    expect(s.loaded).toEqual([SMALL]);
    const source = new SqliteFactSource(db);
    const values = source.facts({ agency: '张店区科学技术局', year: 2018, metrics: ['proactive.total'] }).map((f) => f.value);
    expect(values).toEqual([60]);
    const after = db.prepare("SELECT count(*) AS n FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = ?").get(SMALL) as { n: number };
    expect(after.n).toBe(before.n);
  });

  it('reports a broken file by name, loads the others and leaves the store as it was', async () => {
    await ingestFolder(db, dir);
    const before = factsHash(db);
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'no-title.txt'), '一、概述\n本单位工作正常。\n');
    const s = await ingestFolder(db, dir);
    expect(s.failed.map((f) => [f.file, f.problems.find((p) => p.severity === 'error')?.code])).toEqual([
      ['broken.txt', 'binary_file'],
      ['empty.md', 'empty_file'],
      ['no-title.txt', 'no_year'],
    ]);
    expect(factsHash(db)).toBe(before);
  });

  it('keeps the old version of a report whose new version fails to parse', async () => {
    await ingestFolder(db, dir);
    const before = factsHash(db);
    writeFileSync(join(dir, SMALL), Buffer.from([0, 1, 2, 3, 0, 0, 0, 0]));
    const s = await ingestFolder(db, dir);
    expect(s.failed.map((f) => f.file)).toEqual([SMALL]);
    expect(factsHash(db)).toBe(before);
  });

  it('reports a second file for the same agency and year (here a GBK copy) and does not count it twice', async () => {
    await ingestFolder(db, dir);
    const before = factsHash(db);
    const text = readFileSync(join(dir, SMALL), 'utf8');
    writeFileSync(join(dir, 'copy-gbk.txt'), iconv.encode(text, 'gbk'));
    const s = await ingestFolder(db, dir);
    expect(s.failed.map((f) => [f.file, f.problems[0]?.code])).toEqual([['copy-gbk.txt', 'duplicate_report']]);
    expect(s.failed[0]?.problems[0]?.message).toContain(SMALL);
    expect(factsHash(db)).toBe(before);
  });

  it('drops a report whose file was removed', async () => {
    await ingestFolder(db, dir);
    rmSync(join(dir, SMALL));
    const s = await ingestFolder(db, dir);
    expect(s.removed).toEqual([SMALL]);
    expect(s.reports).toBe(4);
  });
});

describe('SqliteFactSource', () => {
  it('answers fact queries by agency, year and metric with report details', async () => {
    await ingestFolder(db, dir);
    const source = new SqliteFactSource(db);
    const facts = source.facts({ agency: '张店区人民政府办公室', year: 2023, metrics: ['applications.received'] });
    const total = facts.find((f) => f.dims.applicant === 'total');
    expect(total?.value).toBe(56);
    expect(total?.section).toBe('三、收到和处理政府信息公开申请情况');
    expect(total?.reportTitle).toBe('张店区人民政府办公室2023年政府信息公开工作年度报告');
    expect(source.reports().map((r) => `${r.agency} ${r.year}`)).toContain('张店区科学技术局 2018');
  });

  it('searches section text with the trigram index and with a scan for one- and two-character terms', async () => {
    await ingestFolder(db, dir);
    const source = new SqliteFactSource(db);
    expect(source.searchSections('政协委员提案').some((h) => h.section.includes('政协'))).toBe(true);
    expect(source.searchSections('公报').length).toBeGreaterThan(0);
    expect(source.searchSections('不存在的词语组合')).toEqual([]);
  });

  it('lists the problems of a report', async () => {
    await ingestFolder(db, dir);
    const source = new SqliteFactSource(db);
    const report = source.reports().find((r) => r.agency === '张店区科学技术局');
    expect(source.problems(report?.id ?? -1).map((p) => p.code)).toContain('signed_before_year_end');
  });
});

describe('checks across reports', () => {
  it('reports when this year\'s 上年结转 differs from last year\'s 结转下年度', async () => {
    const { templateReportHtml, consistentValues } = await import('../../fixtures/template-report-html.ts');
    const v2021 = consistentValues(); // carries 1 over into 2022
    const v2022 = consistentValues(); // says 2 were carried in
    writeFileSync(join(dir, '2021-教育局.html'), templateReportHtml('张店区教育局', 2021, v2021));
    writeFileSync(join(dir, '2022-教育局.html'), templateReportHtml('张店区教育局', 2022, v2022));
    await ingestFolder(db, dir);
    const rows = db.prepare("SELECT file, message FROM problems WHERE code = 'carry_over_mismatch'").all() as { file: string; message: string }[];
    expect(rows).toEqual([{ file: '2022-教育局.html', message: expect.stringMatching(/上年结转 2 件, but the 2021 report carried 1 件/) }]);
    v2022.carriedIn = [1, 0, 0, 0, 0, 0, 1];
    v2022.received = [9, 1, 0, 0, 0, 1, 11];
    writeFileSync(join(dir, '2022-教育局.html'), templateReportHtml('张店区教育局', 2022, v2022));
    await ingestFolder(db, dir);
    expect(db.prepare("SELECT count(*) AS n FROM problems WHERE code = 'carry_over_mismatch'").get()).toEqual({ n: 0 });
  });
});

describe('content hash', () => {
  it('covers the extraction code as well as the file, so new extraction rules re-read unchanged files', async () => {
    const { extractorFingerprint } = await import('../../../src/ingest/load/extractor-fingerprint.ts');
    await ingestFolder(db, dir);
    const stored = db.prepare('SELECT content_hash FROM reports WHERE file = ?').get(SMALL) as { content_hash: string };
    const { createHash } = await import('node:crypto');
    const bytesOnly = createHash('sha256').update(readFileSync(join(dir, SMALL))).digest('hex');
    const withCode = createHash('sha256').update(readFileSync(join(dir, SMALL))).update(extractorFingerprint()).digest('hex');
    expect(stored.content_hash).toBe(withCode);
    expect(stored.content_hash).not.toBe(bytesOnly);
    // A store written by other extraction code has other hashes: every report is read again.
    db.prepare("UPDATE reports SET content_hash = 'written-by-older-code'").run();
    expect((await ingestFolder(db, dir)).loaded).toHaveLength(5);
  });
});

describe('SqliteFactSource lookups that must not read the whole store', () => {
  it('fetches facts by id and lists the distinct metric/dimension pairs', async () => {
    await ingestFolder(db, dir);
    const source = new SqliteFactSource(db);
    const some = source.facts({ agency: '张店区人民政府办公室', year: 2023, metrics: ['applications.received'] }).slice(0, 3);
    expect(source.facts({ ids: some.map((f) => f.id) }).map((f) => f.id)).toEqual(some.map((f) => f.id));
    const pairs = source.metricDims();
    expect(pairs).toContainEqual({ metric: 'applications.received', dims: { channel: 'fax' } });
    expect(new Set(pairs.map((p) => `${p.metric}${JSON.stringify(p.dims)}`)).size).toBe(pairs.length);
  });
});

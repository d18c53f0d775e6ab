import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReports, type IngestOptions } from '../../src/store/ingest-reports.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';
import { parseReportBytes } from '../../src/store/parse-report-bytes.ts';
import { ReportParserThread } from '../../src/store/report-parser-thread.ts';
import { renamed, refusedReports, SMALL_SEED, truncatedMidTable } from '../fixtures/malformed-reports/malformed-reports.ts';
import { consistentValues, templateReportHtml } from '../fixtures/template-report-html.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parser-thread-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  // Every outcome a file can have: loaded, refused (empty, binary, no title, duplicate), cut short.
  for (const bad of refusedReports()) writeFileSync(join(dir, bad.file), bad.bytes);
  writeFileSync(join(dir, 'truncated.txt'), truncatedMidTable());
  writeFileSync(join(dir, '2021-教育局.html'), templateReportHtml('张店区教育局', 2021, consistentValues()));
  writeFileSync(join(dir, 'notes.pdf'), '%PDF-1.4\n');
  // Sorts in the middle: the report the batch-rollback test trips on.
  writeFileSync(join(dir, 'trap.txt'), renamed(readFileSync(join(SEEDS, SMALL_SEED), 'utf8'), '陷阱局').replace('府信息 50条', '府信息 424242条'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ReportParserThread', () => {
  it('parses on the second thread exactly as on this one, in any order they are taken', () => {
    const thread = ReportParserThread.start();
    expect(thread).not.toBeNull();
    if (!thread) return;
    try {
      const files = readdirSync(dir).sort();
      files.forEach((f, i) => expect(thread.submit(i, join(dir, f), readFileSync(join(dir, f)))).toBe(true));
      for (const i of [...files.keys()].reverse()) {
        const f = files[i] as string;
        expect(JSON.stringify(thread.result(i)), f).toBe(JSON.stringify(parseReportBytes(join(dir, f), readFileSync(join(dir, f)))));
      }
      expect(thread.answered).toBe(files.length);
      expect(thread.result(0)).toBeUndefined(); // taken already: the caller parses it itself
    } finally {
      thread.close();
    }
  });

  it('throws what the parser threw, with its message', () => {
    const thread = ReportParserThread.start();
    if (!thread) throw new Error('no parser thread');
    try {
      const bogus = 42 as unknown as Uint8Array;
      let inline = '';
      try {
        parseReportBytes('x.txt', bogus);
      } catch (err) {
        inline = (err as Error).message;
      }
      expect(inline).not.toBe('');
      thread.submit(7, 'x.txt', bogus);
      expect(() => thread.result(7)).toThrow(inline);
    } finally {
      thread.close();
    }
  });
});

describe('ingest with the parser thread', () => {
  const storeRows = (db: Db) => ({
    reports: db.prepare('SELECT id, file, content_hash, title, agency, year, template, original, file_size, extractor, fact_count, section_headings FROM reports ORDER BY id').all(),
    sections: db.prepare('SELECT * FROM sections ORDER BY id').all(),
    facts: db.prepare('SELECT * FROM facts ORDER BY id').all(),
    problems: db.prepare('SELECT * FROM problems ORDER BY id').all(),
  });
  const run = (options: IngestOptions, setup?: (db: Db) => void) => {
    const db = openStore(':memory:');
    setup?.(db);
    const summary = ingestReports(db, dir, options);
    const rows = storeRows(db);
    db.close();
    return { summary, rows };
  };

  it('gives the same summary and the same store as parsing on one thread', () => {
    const one = run({ parseThread: 'never' });
    const two = run({ parseThread: 'always' });
    expect(one.summary.loaded.length).toBeGreaterThan(5);
    expect(one.summary.failed.length).toBeGreaterThan(4);
    expect(two.summary).toEqual(one.summary);
    expect(two.rows).toEqual(one.rows);
  });

  it('gives the same store when SQLite rolls back a whole batch and its reports are redone', () => {
    // A report that ends the whole transaction (RAISE(ROLLBACK)): its batch is redone one report at a
    // time, parsing on this thread what the parser thread had already parsed.
    const trap = (db: Db) => db.exec("CREATE TEMP TRIGGER trap BEFORE INSERT ON facts WHEN new.value = 424242 BEGIN SELECT RAISE(ROLLBACK, 'lost (simulated)'); END");
    const one = run({ parseThread: 'never', batch: { maxReports: 1000, maxMs: Number.POSITIVE_INFINITY } }, trap);
    const two = run({ parseThread: 'always', batch: { maxReports: 1000, maxMs: Number.POSITIVE_INFINITY } }, trap);
    expect(one.summary.failed.find((f) => f.file === 'trap.txt')?.problems[0]?.message).toContain('lost (simulated)');
    expect(one.summary.loaded).toContain('truncated.txt');
    expect(two.summary).toEqual(one.summary);
    expect(two.rows).toEqual(one.rows);
  });
});

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder, type IngestOptions } from '../../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../../src/store/open-store.ts';
import { parseReportBytes } from '../../../src/ingest/load/parse-report-bytes.ts';
import { ReportParserThread } from '../../../src/ingest/load/report-parser-thread.ts';
import { renamed, refusedReports, SMALL_SEED, truncatedMidTable } from '../../fixtures/malformed-reports/malformed-reports.ts';
import { consistentValues, templateReportHtml } from '../../fixtures/template-report-html.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
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
  it('parses on the second thread exactly as on this one, each job answered by its number whatever the order', async () => {
    const thread = ReportParserThread.start();
    expect(thread).not.toBeNull();
    if (!thread) return;
    try {
      const files = readdirSync(dir).sort();
      const parses = files.map((f, i) => thread.submit(i, join(dir, f), readFileSync(join(dir, f))));
      for (const i of [...files.keys()].reverse()) {
        const f = files[i] as string;
        expect(JSON.stringify(await parses[i]), f).toBe(JSON.stringify(await parseReportBytes(join(dir, f), readFileSync(join(dir, f)))));
      }
      expect(thread.answered).toBe(files.length);
    } finally {
      thread.close();
    }
  });

  it('rejects with what the parser threw, with its message', async () => {
    const thread = ReportParserThread.start();
    if (!thread) throw new Error('no parser thread');
    try {
      // Not a path: the parser throws before any reader runs (a reader's own failure is a problem, not a throw).
      const bogus = 42 as unknown as string;
      const inline = await parseReportBytes(bogus, new Uint8Array()).then(
        () => '',
        (err: unknown) => (err as Error).message,
      );
      expect(inline).not.toBe('');
      await expect(thread.submit(7, bogus, new Uint8Array())).rejects.toThrow(inline);
    } finally {
      thread.close();
    }
  });

  it('gives undefined for the jobs pending when it goes away, and for jobs after (the caller parses them)', async () => {
    const thread = ReportParserThread.start();
    if (!thread) throw new Error('no parser thread');
    const file = readdirSync(dir).sort()[0] as string;
    const pending = thread.submit(0, join(dir, file), readFileSync(join(dir, file)));
    thread.close();
    expect(await pending).toBeUndefined();
    expect(await thread.submit(1, join(dir, file), readFileSync(join(dir, file)))).toBeUndefined();
  });
});

describe('ingest with the parser thread', () => {
  const storeRows = (db: Db) => ({
    reports: db.prepare('SELECT id, file, content_hash, title, agency, year, template, original, file_size, extractor, fact_count, section_headings FROM reports ORDER BY id').all(),
    sections: db.prepare('SELECT * FROM sections ORDER BY id').all(),
    facts: db.prepare('SELECT * FROM facts ORDER BY id').all(),
    problems: db.prepare('SELECT * FROM problems ORDER BY id').all(),
  });
  const run = async (options: IngestOptions, setup?: (db: Db) => void) => {
    const db = openStore(':memory:');
    setup?.(db);
    const summary = await ingestFolder(db, dir, options);
    const rows = storeRows(db);
    db.close();
    return { summary, rows };
  };

  it('gives the same summary and the same store as parsing on one thread', async () => {
    const one = await run({ parseThread: 'never' });
    const two = await run({ parseThread: 'always' });
    expect(one.summary.loaded.length).toBeGreaterThan(5);
    expect(one.summary.failed.length).toBeGreaterThan(4);
    expect(two.summary).toEqual(one.summary);
    expect(two.rows).toEqual(one.rows);
  });

  it('gives the same store when SQLite rolls back a whole batch and its reports are redone', async () => {
    // A report that ends the whole transaction (RAISE(ROLLBACK)): its batch is redone one report at a
    // time, from the parses already in hand.
    const trap = (db: Db) => db.exec("CREATE TEMP TRIGGER trap BEFORE INSERT ON facts WHEN new.value = 424242 BEGIN SELECT RAISE(ROLLBACK, 'lost (simulated)'); END");
    const one = await run({ parseThread: 'never', batch: { maxReports: 1000, maxMs: Number.POSITIVE_INFINITY } }, trap);
    const two = await run({ parseThread: 'always', batch: { maxReports: 1000, maxMs: Number.POSITIVE_INFINITY } }, trap);
    expect(one.summary.failed.find((f) => f.file === 'trap.txt')?.problems[0]?.message).toContain('lost (simulated)');
    expect(one.summary.loaded).toContain('truncated.txt');
    expect(two.summary).toEqual(one.summary);
    expect(two.rows).toEqual(one.rows);
  });
});

import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/ingest/parse-report.ts';
import { ingestFolder } from '../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';
import { badSums, hugeReport, refusedReports, SMALL_SEED, truncatedMidTable } from '../fixtures/malformed-reports/malformed-reports.ts';
import { factsHash, factsPerReport } from './store-snapshot.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');

const problemRows = (db: Db, file: string) => db.prepare('SELECT code, severity, message FROM problems WHERE file = ?').all(file) as { code: string; severity: string; message: string }[];

/** Malformed files in a temp copy of data/reports; `hugeMb` is the size of the oversized report. */
export function describeMalformedReports(hugeMb: number): void {
  describe(`malformed reports (huge file ${hugeMb} MB)`, () => {
    let dir: string;
    let db: Db;
    let seedHash: string;
    let seedCounts: Record<string, number>;

    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'malformed-'));
      for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
      db = openStore(':memory:');
      expect((await ingestFolder(db, dir)).failed).toEqual([]);
      seedHash = factsHash(db);
      seedCounts = factsPerReport(db);
    });
    // The seed reports' rows are exactly as before, and no agency-year gained facts (nothing counted twice).
    const expectSeedsUntouched = () => {
      expect(factsHash(db, readdirSync(SEEDS))).toBe(seedHash);
      expect(Object.fromEntries(Object.entries(factsPerReport(db)).filter(([k]) => k in seedCounts))).toEqual(seedCounts);
    };
    afterEach(() => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('refuses each bad file by name with its reason; the facts stay byte-for-byte the same', async () => {
      for (const bad of refusedReports()) {
        writeFileSync(join(dir, bad.file), bad.bytes);
        const summary = await ingestFolder(db, dir);
        const failed = summary.failed.find((f) => f.file === bad.file);
        expect(failed?.problems.map((p) => p.code), bad.file).toContain(bad.code);
        expect(problemRows(db, bad.file).map((p) => p.code), bad.file).toContain(bad.code);
        expect(factsHash(db), bad.file).toBe(seedHash);
        expect(factsPerReport(db), bad.file).toEqual(seedCounts);
      }
    });

    it('a GBK or UTF-16 copy alone gives exactly the facts of the UTF-8 original', async () => {
      const [gbk, utf16] = refusedReports().filter((r) => r.file.includes('copy'));
      const only = async (name: string, bytes: Buffer) => {
        const d = mkdtempSync(join(tmpdir(), 'enc-'));
        writeFileSync(join(d, name), bytes);
        const s = openStore(':memory:');
        await ingestFolder(s, d);
        const rows = s.prepare('SELECT metric, dims, value, quote FROM facts ORDER BY id').all();
        s.close();
        rmSync(d, { recursive: true, force: true });
        return rows;
      };
      const original = await only(SMALL_SEED, readFileSync(join(SEEDS, SMALL_SEED)));
      expect(original.length).toBeGreaterThan(0);
      expect(await only('gbk.txt', gbk?.bytes ?? Buffer.alloc(0))).toEqual(original);
      expect(await only('utf16.txt', utf16?.bytes ?? Buffer.alloc(0))).toEqual(original);
    });

    it('a report cut mid-table loads only figures the full report states, and leaves the others alone', async () => {
      writeFileSync(join(dir, 'truncated.txt'), truncatedMidTable());
      const summary = await ingestFolder(db, dir);
      expect(summary.loaded).toEqual(['truncated.txt']);
      const full = parseReportText('full.txt', readFileSync(join(SEEDS, '2023-张店区人民政府办公室.txt'), 'utf8')).report?.facts ?? [];
      const key = (f: { metric: string; dims: unknown; value: number }) => `${f.metric} ${JSON.stringify(f.dims)} ${f.value}`;
      const fullKeys = new Set(full.map(key));
      const cut = db.prepare("SELECT metric, dims, value FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = 'truncated.txt'").all() as { metric: string; dims: string; value: number }[];
      expect(cut.length).toBeGreaterThan(0);
      expect(cut.length).toBeLessThan(full.length);
      expect(cut.map((f) => key({ ...f, dims: JSON.parse(f.dims) })).filter((k) => !fullKeys.has(k))).toEqual([]);
      expectSeedsUntouched();
    });

    it('a table whose sums do not add up loads with table_sum problems naming the rows', async () => {
      writeFileSync(join(dir, 'bad-sums.txt'), badSums());
      expect((await ingestFolder(db, dir)).loaded).toEqual(['bad-sums.txt']);
      const sums = problemRows(db, 'bad-sums.txt').filter((p) => p.code === 'table_sum');
      expect(sums.map((p) => p.message).join('\n')).toContain('56 ≠ 57');
      expectSeedsUntouched();
    });

    it(`a ${hugeMb} MB report is read without harm to the others`, async () => {
      writeFileSync(join(dir, 'huge.txt'), hugeReport(hugeMb));
      const started = performance.now();
      const summary = await ingestFolder(db, dir);
      console.log(`huge report ${hugeMb} MB: ${summary.loaded.join(',') || 'not loaded'} ${summary.failed.map((f) => f.problems[0]?.code).join(',')} in ${Math.round(performance.now() - started)} ms`);
      expect([...summary.loaded, ...summary.failed.map((f) => f.file)]).toContain('huge.txt');
      expectSeedsUntouched();
    }, 300_000);

    it('a write that fails mid-report rolls back to the old version of that report', async () => {
      // A trigger makes SQLite refuse one fact row, halfway through writing the changed report.
      db.exec("CREATE TEMP TRIGGER refuse_fact BEFORE INSERT ON facts WHEN new.value = 424242 BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END");
      const path = join(dir, SMALL_SEED);
      writeFileSync(path, readFileSync(path, 'utf8').replace('府信息 50条', '府信息 424242条'));
      const summary = await ingestFolder(db, dir);
      expect(summary.failed.map((f) => [f.file, f.problems[0]?.code])).toEqual([[SMALL_SEED, 'ingest_failed']]);
      expect(factsHash(db)).toBe(seedHash);
    });
  });
}

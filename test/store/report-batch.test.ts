import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
const SMALL = '2018-张店区科学技术局.txt';
/** Every file in one batch: what happens to the others when one report fails inside it. */
const ONE_BATCH = { batch: { maxReports: 1000, maxMs: Number.POSITIVE_INFINITY } };

let dir: string;
let db: Db;

const factsOf = (d: Db) => d.prepare('SELECT r.file, f.metric, f.dims, f.value, f.quote FROM facts f JOIN reports r ON r.id = f.report_id ORDER BY r.file, f.id').all();
const files = (d: Db) => (d.prepare('SELECT file FROM reports ORDER BY file').all() as { file: string }[]).map((r) => r.file);

/** The store a clean ingest of the seeds without SMALL gives. */
async function withoutSmall(): Promise<{ facts: unknown[]; files: string[] }> {
  const d = mkdtempSync(join(tmpdir(), 'batch-clean-'));
  for (const f of readdirSync(SEEDS).filter((f) => f !== SMALL)) copyFileSync(join(SEEDS, f), join(d, f));
  const clean = openStore(':memory:');
  await ingestFolder(clean, d);
  const out = { facts: factsOf(clean), files: files(clean) };
  clean.close();
  rmSync(d, { recursive: true, force: true });
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'batch-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  // SMALL sorts fourth of five: reports before and after it share its batch.
  const path = join(dir, SMALL);
  writeFileSync(path, readFileSync(path, 'utf8').replace('府信息 50条', '府信息 424242条'));
  db = openStore(':memory:');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('batched ingest', () => {
  it('a report that throws inside writeReport rolls back only itself; the rest of its batch commits', async () => {
    // SQLite refuses one fact row halfway through writing SMALL (RAISE(ABORT) undoes that statement).
    db.exec("CREATE TEMP TRIGGER refuse_fact BEFORE INSERT ON facts WHEN new.value = 424242 BEGIN SELECT RAISE(ABORT, 'refused (simulated)'); END");
    const s = await ingestFolder(db, dir, ONE_BATCH);
    expect(s.failed.map((f) => [f.file, f.problems[0]?.code, f.problems[0]?.message])).toEqual([[SMALL, 'ingest_failed', expect.stringContaining('refused (simulated)')]]);
    expect(s.loaded).toEqual(readdirSync(SEEDS).filter((f) => f !== SMALL).sort());
    const clean = await withoutSmall();
    expect(files(db)).toEqual(clean.files);
    expect(factsOf(db)).toEqual(clean.facts);
    // Nothing of SMALL was kept: no report row, no sections, no facts, only the problem saying why.
    expect(db.prepare('SELECT count(*) AS n FROM sections WHERE report_id NOT IN (SELECT id FROM reports)').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT code FROM problems WHERE file = ?').all(SMALL)).toEqual([{ code: 'ingest_failed' }]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps the old version of a changed report that fails, next to new reports of the same batch', async () => {
    db.exec("CREATE TEMP TRIGGER refuse_fact BEFORE INSERT ON facts WHEN new.value = 424242 BEGIN SELECT RAISE(ABORT, 'refused (simulated)'); END");
    writeFileSync(join(dir, SMALL), readFileSync(join(SEEDS, SMALL)));
    await ingestFolder(db, dir, ONE_BATCH);
    const before = (db.prepare('SELECT f.value FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = ? ORDER BY f.id').all(SMALL) as { value: number }[]).map((r) => r.value);
    const path = join(dir, SMALL);
    writeFileSync(path, readFileSync(path, 'utf8').replace('府信息 50条', '府信息 424242条'));
    const other = '2023-张店区人民政府办公室.txt';
    writeFileSync(join(dir, other), `${readFileSync(join(dir, other), 'utf8')}\n`);
    const s = await ingestFolder(db, dir, ONE_BATCH);
    expect(s.loaded).toEqual([other]);
    expect(s.failed.map((f) => f.file)).toEqual([SMALL]);
    const after = (db.prepare('SELECT f.value FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = ? ORDER BY f.id').all(SMALL) as { value: number }[]).map((r) => r.value);
    expect(after).toEqual(before);
  });

  it('when SQLite rolls back the whole batch, its reports are done again one by one and the summary says what is stored', async () => {
    // RAISE(ROLLBACK) ends the whole transaction, not only the report's savepoint: the reports written
    // before SMALL in the batch are gone too, and must be written again.
    db.exec("CREATE TEMP TRIGGER refuse_fact BEFORE INSERT ON facts WHEN new.value = 424242 BEGIN SELECT RAISE(ROLLBACK, 'transaction lost (simulated)'); END");
    const s = await ingestFolder(db, dir, ONE_BATCH);
    expect(s.failed.map((f) => [f.file, f.problems[0]?.code])).toEqual([[SMALL, 'ingest_failed']]);
    expect(s.loaded).toEqual(readdirSync(SEEDS).filter((f) => f !== SMALL).sort());
    const clean = await withoutSmall();
    expect(files(db)).toEqual(clean.files);
    expect(factsOf(db)).toEqual(clean.facts);
    expect(s.reports).toBe(4);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('gives the same store whatever the batch size', async () => {
    writeFileSync(join(dir, SMALL), readFileSync(join(SEEDS, SMALL)));
    const one = await ingestFolder(db, dir, { batch: { maxReports: 1, maxMs: 0 } });
    const other = openStore(':memory:');
    const all = await ingestFolder(other, dir, ONE_BATCH);
    expect(all.loaded).toEqual(one.loaded);
    expect(factsOf(other)).toEqual(factsOf(db));
    other.close();
  });
});

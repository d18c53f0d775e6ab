import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingestFolder } from '../../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../../src/store/open-store.ts';

// The extractor fingerprint, switchable: a new extractor is simulated by changing it between runs.
const fingerprint = vi.hoisted(() => ({ value: 'extractor-a' }));
vi.mock('../../../src/ingest/load/extractor-fingerprint.ts', () => ({ extractorFingerprint: () => fingerprint.value }));

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'data', 'reports');
const SMALL = '2018-张店区科学技术局.txt';
/** Long before any run: a file with this mtime is not racily clean. */
const PAST = new Date('2024-01-02T03:04:05.678Z');

let dir: string;
let db: Db;

const path = (file: string) => join(dir, file);
const proactiveTotal = () =>
  (db.prepare("SELECT f.value FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.file = ? AND f.metric = 'proactive.total'").all(SMALL) as { value: number }[]).map((r) => r.value);
const storedStats = (file: string) =>
  db.prepare('SELECT file_size, file_mtime_ms, extractor FROM reports WHERE file = ?').get(file) as { file_size: number; file_mtime_ms: number | null; extractor: string };
/** Rewrite SMALL with other bytes of the same size, and put its mtime back. */
function sameSizeEdit(from: string, to: string, mtime: Date): void {
  const before = readFileSync(path(SMALL));
  const after = Buffer.from(before.toString('utf8').replace(from, to));
  expect(after.length).toBe(before.length);
  expect(after.equals(before)).toBe(false);
  writeFileSync(path(SMALL), after);
  utimesSync(path(SMALL), mtime, mtime);
}

beforeEach(() => {
  fingerprint.value = 'extractor-a';
  dir = mkdtempSync(join(tmpdir(), 'rescan-'));
  for (const f of readdirSync(SEEDS)) {
    copyFileSync(join(SEEDS, f), path(f));
    utimesSync(path(f), PAST, PAST);
  }
  db = openStore(':memory:');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('folder re-scan', () => {
  it('stores each file\'s size, mtime and extractor with its report', async () => {
    expect((await ingestFolder(db, dir)).loaded).toHaveLength(5);
    for (const f of readdirSync(SEEDS)) {
      expect(storedStats(f)).toEqual({ file_size: statSync(path(f)).size, file_mtime_ms: statSync(path(f)).mtimeMs, extractor: 'extractor-a' });
    }
  });

  it('skips a file whose size and mtime match without reading it: a same-size edit with the mtime put back goes unnoticed', async () => {
    await ingestFolder(db, dir);
    expect(proactiveTotal()).toEqual([50]);
    sameSizeEdit('府信息 50条', '府信息 60条', PAST);
    const s = await ingestFolder(db, dir);
    expect(s.loaded).toEqual([]);
    expect(s.unchanged).toHaveLength(5);
    expect(proactiveTotal()).toEqual([50]); // not read: the pre-check trusted size and mtime
  });

  it('reads a file whose size changed, even with the mtime put back', async () => {
    await ingestFolder(db, dir);
    writeFileSync(path(SMALL), readFileSync(path(SMALL), 'utf8').replace('府信息 50条', '府信息 600条'));
    utimesSync(path(SMALL), PAST, PAST);
    const s = await ingestFolder(db, dir);
    expect(s.loaded).toEqual([SMALL]);
    expect(proactiveTotal()).toEqual([600]);
  });

  it('reads a file whose mtime changed; same bytes stay unchanged and only the stored mtime moves', async () => {
    await ingestFolder(db, dir);
    const touched = new Date('2024-06-01T00:00:00.123Z');
    utimesSync(path(SMALL), touched, touched);
    const s = await ingestFolder(db, dir);
    expect(s.loaded).toEqual([]);
    expect(s.unchanged).toHaveLength(5);
    expect(storedStats(SMALL).file_mtime_ms).toBe(statSync(path(SMALL)).mtimeMs);
    expect(Math.round(statSync(path(SMALL)).mtimeMs)).toBe(touched.getTime());
    // The new mtime is trusted from now on: a same-size edit that keeps it is not read.
    sameSizeEdit('府信息 50条', '府信息 60条', touched);
    expect((await ingestFolder(db, dir)).loaded).toEqual([]);
    // And a real edit (new mtime) is read.
    sameSizeEdit('府信息 60条', '府信息 70条', new Date('2024-07-01T00:00:00Z'));
    expect((await ingestFolder(db, dir)).loaded).toEqual([SMALL]);
    expect(proactiveTotal()).toEqual([70]);
  });

  it('does not trust the mtime of a file written just before the run: the next run reads it again', async () => {
    writeFileSync(path(SMALL), readFileSync(path(SMALL))); // mtime: now
    const now = statSync(path(SMALL)).mtime;
    await ingestFolder(db, dir);
    expect(storedStats(SMALL).file_mtime_ms).toBeNull();
    sameSizeEdit('府信息 50条', '府信息 60条', now); // the same mtime tick, as a quick second save could give
    expect((await ingestFolder(db, dir)).loaded).toEqual([SMALL]);
    expect(proactiveTotal()).toEqual([60]);
  });

  it('reads every file again when the extractor changed, although no file did', async () => {
    await ingestFolder(db, dir);
    const reportIds = db.prepare('SELECT id FROM reports ORDER BY file').all();
    fingerprint.value = 'extractor-b';
    const s = await ingestFolder(db, dir);
    expect(s.loaded).toHaveLength(5);
    expect(db.prepare('SELECT id FROM reports ORDER BY file').all()).not.toEqual(reportIds); // rewritten
    expect(storedStats(SMALL).extractor).toBe('extractor-b');
    // Same extractor again: the next run reads nothing.
    sameSizeEdit('府信息 50条', '府信息 60条', PAST);
    expect((await ingestFolder(db, dir)).loaded).toEqual([]);
  });

  it('a report stored without stats (before migration 4, or a racy mtime) is hashed once, then skipped', async () => {
    await ingestFolder(db, dir);
    db.exec('UPDATE reports SET file_size = NULL, file_mtime_ms = NULL, extractor = NULL');
    const s = await ingestFolder(db, dir);
    expect(s.loaded).toEqual([]);
    expect(s.unchanged).toHaveLength(5);
    expect(storedStats(SMALL)).toEqual({ file_size: statSync(path(SMALL)).size, file_mtime_ms: statSync(path(SMALL)).mtimeMs, extractor: 'extractor-a' });
    sameSizeEdit('府信息 50条', '府信息 60条', PAST);
    expect((await ingestFolder(db, dir)).loaded).toEqual([]);
  });

  it('still reports a failed file on every run (it has no stored report to compare with)', async () => {
    writeFileSync(path('empty.txt'), '');
    utimesSync(path('empty.txt'), PAST, PAST);
    expect((await ingestFolder(db, dir)).failed.map((f) => f.file)).toEqual(['empty.txt']);
    expect((await ingestFolder(db, dir)).failed.map((f) => [f.file, f.problems[0]?.code])).toEqual([['empty.txt', 'empty_file']]);
  });
});

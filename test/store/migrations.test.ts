import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openStore, StoreVersionError } from '../../src/store/open-store.ts';

const dirs: string[] = [];
const tempPath = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'store-'));
  dirs.push(d);
  return join(d, 'store.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('store migrations', () => {
  it('creates a new store at the current schema version with its tables', () => {
    const db = openStore(tempPath());
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['reports', 'sections', 'facts', 'problems', 'chat_context', 'sections_fts']));
    db.close();
  });

  it('reopens an existing store without migrating again', () => {
    const path = tempPath();
    openStore(path).close();
    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('refuses a store written by a newer version, with a message that says what to do', () => {
    const path = tempPath();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => openStore(path)).toThrow(StoreVersionError);
    expect(() => openStore(path)).toThrow(/newer version/);
  });

  it('opens read-only without changing the store, and refuses one that was never built', () => {
    const path = tempPath();
    openStore(path).close();
    const ro = openStore(path, { readonly: true });
    expect(() => ro.prepare('DELETE FROM reports').run()).toThrow(/readonly/);
    ro.close();
    expect(() => openStore(tempPath(), { readonly: true })).toThrow();
  });
});

describe('query plans', () => {
  it('finds duplicates and facts through indexes, not table scans', () => {
    const db = openStore(':memory:');
    const plan = (sql: string): string => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan("SELECT file FROM reports WHERE content_hash = 'x' AND file <> 'y'")).toMatch(/USING (COVERING )?INDEX reports_content_hash/);
    expect(plan("SELECT file FROM reports WHERE agency = 'a' AND year = 2018 AND file <> 'y'")).toMatch(/USING (COVERING )?INDEX reports_agency_year/);
    expect(plan("SELECT f.id FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.agency = 'a' AND r.year = 2018 AND f.metric IN ('m')")).toMatch(/USING (COVERING )?INDEX facts_report_metric/);
    db.close();
  });
});

describe('migration 4: file stats, fact count and section headings on reports', () => {
  it('backfills fact_count and section_headings of a store built at version 3, and leaves the file stats for the next ingest', async () => {
    const { copyFileSync, mkdtempSync: mkdtemp, readdirSync } = await import('node:fs');
    const { ingestFolder } = await import('../../src/ingest/load/ingest-folder.ts');
    const { MIGRATIONS } = await import('../../src/store/migrations.ts');
    const { extractorFingerprint } = await import('../../src/ingest/load/extractor-fingerprint.ts');
    const seeds = join(import.meta.dirname, '..', '..', 'data', 'reports');
    const reports = mkdtemp(join(tmpdir(), 'migrate-reports-'));
    dirs.push(reports);
    for (const f of readdirSync(seeds)) copyFileSync(join(seeds, f), join(reports, f));

    // The same reports written by the current code: what the backfill must agree with.
    const currentPath = tempPath();
    const current = openStore(currentPath);
    await ingestFolder(current, reports);
    const written = current.prepare('SELECT file, fact_count, section_headings FROM reports ORDER BY file').all() as { file: string; fact_count: number; section_headings: string }[];
    current.close();
    expect(written).toHaveLength(5);
    expect(written.every((r) => r.fact_count > 0 && JSON.parse(r.section_headings).length > 0)).toBe(true);

    // A store at version 3 holding those reports, as the code before migration 4 wrote it.
    const oldPath = tempPath();
    const old = new Database(oldPath);
    old.exec('PRAGMA foreign_keys = ON');
    for (const m of MIGRATIONS.filter((m) => m.version <= 3)) old.exec(m.sql);
    old.pragma('user_version = 3');
    old.exec(`ATTACH '${currentPath}' AS src`);
    const cols = 'id, file, content_hash, title, agency, agency_aliases, year, published_on, template, original, ingested_at';
    old.exec(`INSERT INTO reports (${cols}) SELECT ${cols} FROM src.reports`);
    // Sections inserted last-first, so only ORDER BY no puts the headings in order.
    old.exec('INSERT INTO sections (report_id, no, heading, start, end, text) SELECT report_id, no, heading, start, end, text FROM src.sections ORDER BY id DESC');
    // The columns a version-3 store has (later migrations add more to facts).
    const factCols = (old.prepare('SELECT name FROM pragma_table_info(?)').all('facts') as { name: string }[]).map((c) => c.name).join(', ');
    old.exec(`INSERT INTO facts (${factCols}) SELECT ${factCols} FROM src.facts`);
    old.exec('INSERT INTO problems SELECT * FROM src.problems');
    // And a report with neither sections nor facts.
    old.exec(`INSERT INTO reports (${cols}) VALUES (999, 'bare.txt', 'h', 't', '张店区某局', '[]', 2020, NULL, 'narrative', '', '2020-01-01')`);
    old.exec('DETACH src');
    old.close();

    const db = openStore(oldPath);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const migrated = db.prepare('SELECT file, fact_count, section_headings, file_size, file_mtime_ms, extractor FROM reports ORDER BY file').all() as Record<string, unknown>[];
    expect(migrated.map(({ file, fact_count, section_headings }) => ({ file, fact_count, section_headings: JSON.parse(section_headings as string) }))).toEqual([
      ...written.map((r) => ({ file: r.file, fact_count: r.fact_count, section_headings: JSON.parse(r.section_headings) })),
      { file: 'bare.txt', fact_count: 0, section_headings: [] },
    ].sort((a, b) => (a.file < b.file ? -1 : 1)));
    expect(migrated.every((r) => r.file_size === null && r.file_mtime_ms === null && r.extractor === null)).toBe(true);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The next ingest finds every report unchanged by its hash (nothing is parsed again) and records
    // the stats the run after it compares.
    const s = await ingestFolder(db, reports);
    expect(s.loaded).toEqual([]);
    expect(s.unchanged).toHaveLength(5);
    const after = db.prepare('SELECT file_size, extractor FROM reports ORDER BY file').all() as { file_size: number | null; extractor: string | null }[];
    expect(after.every((r) => r.file_size !== null && r.extractor === extractorFingerprint())).toBe(true);
    db.close();
  });
});

describe('migration 7: the page of a fact', () => {
  it('adds the column to a version-6 store, its facts kept and without a page', async () => {
    const { MIGRATIONS } = await import('../../src/store/migrations.ts');
    const { SqliteFactSource } = await import('../../src/store/sqlite-fact-source.ts');
    const path = tempPath();
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((m) => m.version <= 6)) old.exec(m.sql);
    old.pragma('user_version = 6');
    old.exec(`INSERT INTO reports (id, file, content_hash, title, agency, agency_aliases, year, published_on, template, original, ingested_at)
      VALUES (1, 'a.txt', 'h', '张店区某局2020年政府信息公开工作年度报告', '张店区某局', '[]', 2020, NULL, 'narrative', '主动公开信息5条。', '2021-01-01')`);
    old.exec(`INSERT INTO facts (report_id, metric, dims, label, value, unit, qualifier, scope, derived, section_no, section, sub_path, quote, start, end)
      VALUES (1, 'proactive.total', '{}', '主动公开信息', 5, '条', NULL, 'year', 0, 0, '', '[]', '主动公开信息5条。', 0, 9)`);
    old.close();
    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const facts = new SqliteFactSource(db).facts({ agency: '张店区某局', year: 2020 });
    db.close();
    expect(facts.map((f) => [f.value, f.page])).toEqual([[5, undefined]]);
  });
});

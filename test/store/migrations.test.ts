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

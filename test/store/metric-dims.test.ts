import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/load/ingest-folder.ts';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';
import { SqliteFactSource } from '../../src/store/sqlite-fact-source.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'metric-dims-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** What the table must always equal: the distinct pairs of the facts the store holds now. */
const distinct = (db: Db) => (db.prepare('SELECT DISTINCT metric, dims FROM facts ORDER BY metric, dims').all() as object[]).map((r) => JSON.stringify(r));
const kept = (db: Db) => new SqliteFactSource(db).metricDims().map((p) => JSON.stringify({ metric: p.metric, dims: JSON.stringify(p.dims) })).sort();

describe('metric_dims (the pairs the answer layer asks for, kept by ingest)', () => {
  it('holds exactly the distinct (metric, dims) pairs of the facts after a load, a removal and a replacement', async () => {
    const db = openStore(':memory:');
    await ingestFolder(db, dir);
    expect(kept(db)).toEqual(distinct(db).sort());
    expect(kept(db).length).toBeGreaterThan(20);

    // The 2023 report is the only template report: removing it takes its table-only pairs away.
    const template = readdirSync(dir).find((f) => f.startsWith('2023')) as string;
    const text = readFileSync(join(dir, template));
    unlinkSync(join(dir, template));
    const before = kept(db).length;
    await ingestFolder(db, dir);
    expect(kept(db)).toEqual(distinct(db).sort());
    expect(kept(db).length).toBeLessThan(before);

    // Back again, then replaced by a version without its tables: the pairs follow the facts.
    writeFileSync(join(dir, template), text);
    await ingestFolder(db, dir);
    expect(kept(db).length).toBe(before);
    writeFileSync(join(dir, template), text.toString('utf8').split('\n').slice(0, 40).join('\n'));
    await ingestFolder(db, dir);
    expect(kept(db)).toEqual(distinct(db).sort());
    db.close();
  });

  it('is filled from the facts when a store built at version 4 is migrated', async () => {
    const current = openStore(':memory:');
    await ingestFolder(current, dir);
    const expected = distinct(current);
    const path = join(dir, 'old.sqlite');
    const old = new Database(path);
    for (const m of MIGRATIONS.filter((m) => m.version <= 4)) old.exec(m.sql);
    old.pragma('user_version = 4');
    const insert = old.prepare('INSERT INTO facts (report_id, metric, dims, label, value, unit, qualifier, scope, derived, section_no, section, sub_path, quote, start, end) VALUES (1, ?, ?, \'\', 0, \'\', NULL, \'year\', 0, 0, \'\', \'[]\', \'\', 0, 0)');
    old.exec(`INSERT INTO reports (id, file, content_hash, title, agency, agency_aliases, year, template, original, ingested_at) VALUES (1, 'a.txt', 'h', 't', 'a', '[]', 2020, 'narrative', '', '')`);
    const rows = current.prepare('SELECT metric, dims FROM facts').all() as { metric: string; dims: string }[];
    old.transaction(() => rows.forEach((row) => insert.run(row.metric, row.dims)))();
    old.close();
    current.close();
    const db = openStore(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(kept(db)).toEqual(expected.sort());
    db.close();
  });
});

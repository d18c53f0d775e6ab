import { mkdtempSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../src/store/open-store.ts';
import { SqliteFactSource } from '../../src/store/sqlite-fact-source.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');
let dir: string;
let db: Db;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'naming-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  db = openStore(':memory:');
  await ingestFolder(db, dir);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = (h: { reportId: number; section: string }) => `${h.reportId} ${h.section}`;

describe('sectionsNaming', () => {
  // The "区档案馆 has no report" search asks once for every section naming the unit: the trigram
  // index must return exactly the sections a plain substring test finds, across all reports.
  it.each(['档案馆', '政协委员提案', '公报', '网站', '不存在的单位名称'])('"%s": the same sections as a substring scan', (term) => {
    const scan = (db.prepare('SELECT report_id AS reportId, heading AS section FROM sections WHERE instr(text, ?) > 0').all(term) as { reportId: number; section: string }[]).map(key).sort();
    const got = new SqliteFactSource(db).sectionsNaming(term).map(key).sort();
    expect(got).toEqual(scan);
  });

  it('finds sections in more than one report (no per-report limit)', () => {
    const reports = new Set(new SqliteFactSource(db).sectionsNaming('政府信息公开').map((h) => h.reportId));
    expect(reports.size).toBe(5);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../../src/ingest/load/ingest-folder.ts';
import { openStore, type Db } from '../../../src/store/open-store.ts';

// A small narrative report in the shape of a town's or bureau's page; only the title varies.
const report = (title: string, year: number): string =>
  `${title}\n一、概述\n${year}年，主动公开政府信息${year - 1990}条。\n二、其他需要报告的事项\n无。`;

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'merge-agency-'));
  db = openStore(':memory:');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const agencies = (): { agency: string; year: number }[] => db.prepare('SELECT agency, year FROM reports ORDER BY year').all() as { agency: string; year: number }[];
const codes = (): string[] => (db.prepare('SELECT code FROM problems ORDER BY code').all() as { code: string }[]).map((p) => p.code);

describe('one agency, one name across its reports', () => {
  it('stores a title without its county under the fuller name another year gives, with a note', async () => {
    writeFileSync(join(dir, 'a.txt'), report('某村镇2010年政府信息公开工作年度报告', 2010));
    writeFileSync(join(dir, 'b.txt'), report('甲乙市某村镇人民政府2020年政府信息公开工作年度报告', 2020));
    await ingestFolder(db, dir);
    expect(agencies()).toEqual([{ agency: '甲乙市某村镇人民政府', year: 2010 }, { agency: '甲乙市某村镇人民政府', year: 2020 }]);
    expect(codes()).toContain('agency_merged');
    const aliases = (db.prepare("SELECT agency_aliases FROM reports WHERE year = 2010").get() as { agency_aliases: string }).agency_aliases;
    expect(JSON.parse(aliases)).toContain('某村镇人民政府');
  });

  it('does not merge a bare bureau name, nor a name two fuller ones could stand for', async () => {
    writeFileSync(join(dir, 'a.txt'), report('民政局2018年政府信息公开工作年度报告', 2018));
    writeFileSync(join(dir, 'b.txt'), report('甲乙县民政局2019年政府信息公开工作年度报告', 2019));
    writeFileSync(join(dir, 'c.txt'), report('某村镇2010年政府信息公开工作年度报告', 2010));
    writeFileSync(join(dir, 'd.txt'), report('甲乙县某村镇2011年政府信息公开工作年度报告', 2011));
    writeFileSync(join(dir, 'e.txt'), report('丙丁县某村镇2012年政府信息公开工作年度报告', 2012));
    await ingestFolder(db, dir);
    expect(agencies().map((a) => a.agency)).toEqual(['某村镇人民政府', '甲乙县某村镇人民政府', '丙丁县某村镇人民政府', '民政局', '甲乙县民政局']);
    expect(codes()).not.toContain('agency_merged');
  });

  it('flags names one character apart without merging them', async () => {
    writeFileSync(join(dir, 'a.txt'), report('沐阳县某某局2018年政府信息公开工作年度报告', 2018));
    writeFileSync(join(dir, 'b.txt'), report('沭阳县某某局2019年政府信息公开工作年度报告', 2019));
    await ingestFolder(db, dir);
    expect(new Set(agencies().map((a) => a.agency)).size).toBe(2);
    expect(codes()).toContain('agency_name_near');
  });

  it('notes once per run, not once more at every re-scan', async () => {
    writeFileSync(join(dir, 'a.txt'), report('某村镇2010年政府信息公开工作年度报告', 2010));
    writeFileSync(join(dir, 'b.txt'), report('甲乙市某村镇人民政府2020年政府信息公开工作年度报告', 2020));
    await ingestFolder(db, dir);
    await ingestFolder(db, dir);
    expect(codes().filter((c) => c === 'agency_merged')).toHaveLength(1);
  });
});

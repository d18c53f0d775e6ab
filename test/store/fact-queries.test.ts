import { mkdtempSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFolder } from '../../src/ingest/load/ingest-folder.ts';
import { openStore } from '../../src/store/open-store.ts';
import { SqliteFactSource } from '../../src/store/sqlite-fact-source.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'data', 'reports');

// The five seed reports, ingested once: the tests below only read.
let seeded: { dir: string; db: ReturnType<typeof openStore>; source: SqliteFactSource };
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fact-queries-'));
  for (const f of readdirSync(SEEDS)) copyFileSync(join(SEEDS, f), join(dir, f));
  const db = openStore(':memory:');
  await ingestFolder(db, dir);
  seeded = { dir, db, source: new SqliteFactSource(db) };
});
afterAll(() => {
  seeded.db.close();
  rmSync(seeded.dir, { recursive: true, force: true });
});

describe('quotesOf', () => {
  it("gives each report's distinct fact quotes, the same as reading all its facts", () => {
    const { source } = seeded;
    for (const r of source.reports()) {
      const fromFacts = [...new Set(source.facts({ agency: r.agency, year: r.year }).map((f) => f.quote))].sort();
      expect(source.quotesOf(r.id)).toEqual(fromFacts);
      expect(fromFacts.length).toBeGreaterThan(0);
    }
  });
});

describe('facts compatibleWith', () => {
  it('leaves out exactly the facts stating another value for a dimension, as filtering them in memory would', () => {
    const { source } = seeded;
    const fits = (dims: Record<string, string>, asked: Record<string, string>) => Object.entries(asked).every(([k, v]) => dims[k] === undefined || dims[k] === v);
    let compared = 0;
    for (const r of source.reports()) {
      const asks: Record<string, string>[] = [{ outcome: 'disclosed' }, { applicant: 'natural_person', outcome: 'disclosed' }, { channel: 'internet' }, { applicant: 'total' }];
      for (const asked of asks) {
        const all = source.facts({ agency: r.agency, year: r.year });
        const expected = all.filter((f) => fits(f.dims, asked)).map((f) => f.id);
        expect(source.facts({ agency: r.agency, year: r.year, compatibleWith: asked }).map((f) => f.id)).toEqual(expected);
        compared += all.length - expected.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('factCores', () => {
  it('gives the same facts as facts(), without their texts', () => {
    const { source } = seeded;
    for (const q of [{ year: 2018 }, { year: 2023, metrics: ['applications.received', 'applications.outcome'] }, { agency: '张店区科学技术局', year: 2018 }]) {
      const cores = source.factCores(q);
      const pick = source.facts(q).map(({ id, agency, year, metric, dims, value, unit, qualifier, derived }) => ({ id, agency, year, metric, dims, value, unit, qualifier, derived }));
      expect(cores).toEqual(pick);
      expect(cores.length).toBeGreaterThan(0);
    }
  });
});

describe('fact query plans', () => {
  it('reads a year across agencies report by report through facts_report_metric, not through every year of a metric', () => {
    const db = openStore(':memory:');
    const source = new SqliteFactSource(db);
    const plans: string[] = [];
    const prepare = db.prepare.bind(db);
    // Every statement the source prepares is explained as it is prepared.
    (db as { prepare: typeof db.prepare }).prepare = ((sql: string) => {
      if (sql.includes('FROM reports r CROSS JOIN facts f') || sql.includes('FROM facts f JOIN reports r')) {
        plans.push((prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ year: 2020, m0: 'x', agency: 'a' }) as { detail: string }[]).map((r) => r.detail).join(' / '));
      }
      return prepare(sql);
    }) as typeof db.prepare;
    source.factCores({ year: 2020, metrics: ['x'] });
    source.facts({ agency: 'a', year: 2020, metrics: ['x'] });
    expect(plans[0]).toMatch(/SEARCH f USING INDEX facts_report_metric \(report_id=\? AND metric=\?\)/);
    expect(plans[0]).not.toMatch(/facts_metric \(metric=\?\)/);
    expect(plans[1]).toMatch(/SEARCH r USING (COVERING )?INDEX reports_agency_year \(agency=\? AND year=\?\)/);
    db.close();
  });
});

describe('metricsOf', () => {
  it("gives each report's distinct metrics, the same as reading all its facts", () => {
    const { source } = seeded;
    for (const r of source.reports()) expect(source.metricsOf(r.id)).toEqual([...new Set(source.facts({ agency: r.agency, year: r.year }).map((f) => f.metric))].sort());
  });
});

describe('report list plan', () => {
  it('reads the report list from the covering index alone (the rows hold each report\'s original text)', () => {
    const db = openStore(':memory:');
    const plans: string[] = [];
    const prepare = db.prepare.bind(db);
    (db as { prepare: typeof db.prepare }).prepare = ((sql: string) => {
      if (/FROM reports r ORDER BY/.test(sql)) plans.push((prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' / '));
      return prepare(sql);
    }) as typeof db.prepare;
    new SqliteFactSource(db).reports();
    expect(plans).toEqual(['SCAN r USING COVERING INDEX reports_summary']);
    db.close();
  });
});


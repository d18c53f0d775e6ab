import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageSpecs } from '../../src/bench/coverage-specs.ts';
import type { GeneratedReport, GoldFact } from '../../src/bench/corpus-types.ts';
import { corpusSpecs, DEFAULT_SEED, generateCorpus } from '../../src/bench/generate-corpus.ts';
import { generateReport } from '../../src/bench/generate-report.ts';
import { ExtractionScore } from '../../src/bench/score-extraction.ts';
import { parseReportFile, type ParseResult } from '../../src/ingest/parse-report.ts';

const digest = (reports: GeneratedReport[]): string => {
  const h = createHash('sha256');
  for (const r of reports) h.update(r.file).update(r.content).update(JSON.stringify(r.gold)).update(JSON.stringify(r.inconsistency));
  return h.digest('hex');
};

describe('generateCorpus', () => {
  it('gives the same bytes and gold for the same seed, and others for another seed', () => {
    const a = digest([...generateCorpus({ reports: 40, seed: 7 })]);
    expect(digest([...generateCorpus({ reports: 40, seed: 7 })])).toBe(a);
    expect(digest([...generateCorpus({ reports: 40, seed: 8 })])).not.toBe(a);
  });

  it('gives every report its own agency and year, 15 years per agency within 2008..2024', () => {
    const specs = corpusSpecs({ reports: 1500 });
    expect(new Set(specs.map((s) => `${s.agency}|${s.year}`)).size).toBe(1500);
    expect(new Set(specs.map((s) => s.agency)).size).toBe(100);
    expect(Math.min(...specs.map((s) => s.year))).toBeGreaterThanOrEqual(2008);
    expect(Math.max(...specs.map((s) => s.year))).toBeLessThanOrEqual(2024);
  });

  it('states consistent application tables unless the report is listed as inconsistent', () => {
    for (const report of generateCorpus({ reports: 150 })) {
      if (report.inconsistency || report.spec.format === 'narrative') continue;
      const cell = (metric: string, applicant: string): number =>
        report.gold.filter((g) => g.metric === metric && g.dims.applicant === applicant && g.phrasing === 'table.applications').reduce((s, g) => s + g.value, 0);
      for (const applicant of ['natural_person', 'commercial', 'total']) {
        const inflow = cell('applications.received', applicant) + cell('applications.carried_in', applicant);
        expect(inflow, report.file).toBe(cell('applications.processed', applicant) + cell('applications.carried_over', applicant));
        expect(cell('applications.outcome', applicant), report.file).toBe(cell('applications.processed', applicant));
      }
    }
  });
});

describe('the coverage corpus (every format and layout) read by parseReportText', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-coverage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const reports = coverageSpecs().map((spec) => generateReport(DEFAULT_SEED, spec));
  const parsed = new Map<string, ParseResult>();
  const score = new ExtractionScore(10_000);
  for (const r of reports) {
    writeFileSync(join(dir, r.file), r.content);
    const result = await parseReportFile(join(dir, r.file));
    parsed.set(r.file, result);
    const meta = result.report?.meta;
    const facts = (result.report?.facts ?? []).map((f) => ({ ...f, agency: meta?.agency ?? '', year: meta?.year ?? 0 }));
    score.add(r.gold, facts, r.spec.layout, meta ? { agency: meta.agency, year: meta.year } : null);
  }
  const show = (g: GoldFact): string => `${g.metric}${JSON.stringify(g.dims)}=${g.value}  «${g.quote}»`;

  it('reads every agency and year', () => {
    expect(reports.map((r) => `${parsed.get(r.file)?.report?.meta.agency} ${parsed.get(r.file)?.report?.meta.year}`)).toEqual(reports.map((r) => `${r.spec.agency} ${r.spec.year}`));
  });

  it('states no wrong figure (precision 1)', () => {
    const wrong = score.wrong.map((w) => `${w.fact.agency} ${w.fact.year} ${w.fact.metric}${JSON.stringify(w.fact.dims)}=${w.fact.value}, gold ${w.expected.join('/')}`);
    console.log(`precision ${score.precision().toFixed(4)} (${score.correct}/${score.checked})`);
    expect(wrong).toEqual([]);
  });

  it('recalls at least 99% of the gold facts, listing every miss by layout and phrasing', () => {
    const lines = score.misses().map((t) => `${t.key}: ${t.recalled}/${t.gold}`);
    console.log(`recall ${score.recall().toFixed(4)} (${score.recalled}/${score.gold})\n${lines.join('\n')}\nmissed:\n${score.missed.map((g) => `  ${g.file} [${g.phrasing}] ${show(g)}`).join('\n')}`);
    expect(score.recall()).toBeGreaterThanOrEqual(0.99);
  });

  it('flags each deliberately broken sum with the expected problem code', () => {
    for (const r of reports.filter((x) => x.inconsistency)) {
      const codes = parsed.get(r.file)?.problems.map((p) => p.code) ?? [];
      expect(codes, `${r.file}: ${r.inconsistency?.detail}`).toContain(r.inconsistency?.code);
    }
  });
});

import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyNames } from './agency-names.ts';
import type { GeneratedReport, Inconsistency, Layout, ReportFormat, ReportSpec } from './corpus-types.ts';
import { generateReport } from './generate-report.ts';
import { createRandom, hashKey } from './seeded-random.ts';

export const DEFAULT_SEED = 20240531;
export const YEARS_PER_AGENCY = 15;

export interface CorpusOptions {
  /** Number of reports: agencies × 15 years (the last agency may have fewer). */
  reports: number;
  seed?: number;
  /** Share of 繁體 copies and of reports with a sum broken on purpose. */
  traditionalShare?: number;
  inconsistentShare?: number;
}

export function formatOf(year: number): ReportFormat {
  return year <= 2018 ? 'narrative' : year <= 2020 ? '2019' : '2021';
}

function layoutOf(format: ReportFormat, x: number): Layout {
  if (format === 'narrative') return x < 0.85 ? 'prose' : 'html';
  return x < 0.45 ? 'tab' : x < 0.57 ? 'markdown-repeat' : x < 0.7 ? 'markdown-blank' : 'html';
}

/** Which agency, year, format and layout each report has; every (agency, year) occurs once. */
export function corpusSpecs(options: CorpusOptions): ReportSpec[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const agencies = agencyNames(createRandom(seed, 'agencies'), Math.ceil(options.reports / YEARS_PER_AGENCY));
  const specs: ReportSpec[] = [];
  for (let index = 0; index < options.reports; index++) {
    const agencyIndex = Math.floor(index / YEARS_PER_AGENCY);
    // Windows of 15 consecutive years within 2008..2024.
    const year = 2008 + (hashKey(seed, 'start', agencyIndex) % 3) + (index % YEARS_PER_AGENCY);
    const r = createRandom(seed, 'spec', index);
    const format = formatOf(year);
    specs.push({
      index, agencyIndex, agency: agencies[agencyIndex] ?? '', year, format, layout: layoutOf(format, r.next()),
      traditional: r.chance(options.traditionalShare ?? 0.05), inconsistent: r.chance(options.inconsistentShare ?? 0.02),
    });
  }
  return specs;
}

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedReport> {
  const seed = options.seed ?? DEFAULT_SEED;
  for (const spec of corpusSpecs(options)) yield generateReport(seed, spec);
}

export interface WrittenCorpus {
  reportsDir: string;
  goldPath: string;
  inconsistentPath: string;
  /** One spec per line: file, agency, year, format, layout, traditional, inconsistent. */
  specsPath: string;
  reports: number;
  goldFacts: number;
  bytes: number;
}

/** Writes dir/reports/*, dir/gold.jsonl (one gold fact per line), dir/specs.jsonl and dir/inconsistent.json, streaming. */
export function writeCorpus(dir: string, options: CorpusOptions): WrittenCorpus {
  const reportsDir = join(dir, 'reports');
  const goldPath = join(dir, 'gold.jsonl');
  const inconsistentPath = join(dir, 'inconsistent.json');
  const specsPath = join(dir, 'specs.jsonl');
  mkdirSync(reportsDir, { recursive: true });
  writeFileSync(goldPath, '');
  writeFileSync(specsPath, '');
  const inconsistent: Inconsistency[] = [];
  let reports = 0;
  let goldFacts = 0;
  let bytes = 0;
  let pending: string[] = [];
  for (const report of generateCorpus(options)) {
    writeFileSync(join(reportsDir, report.file), report.content);
    bytes += Buffer.byteLength(report.content);
    appendFileSync(specsPath, `${JSON.stringify({ file: report.file, ...report.spec })}\n`);
    pending.push(...report.gold.map((g) => JSON.stringify(g)));
    if (report.inconsistency) inconsistent.push(report.inconsistency);
    reports++;
    goldFacts += report.gold.length;
    if (pending.length > 20000) {
      appendFileSync(goldPath, `${pending.join('\n')}\n`);
      pending = [];
    }
  }
  if (pending.length > 0) appendFileSync(goldPath, `${pending.join('\n')}\n`);
  writeFileSync(inconsistentPath, JSON.stringify(inconsistent, null, 1));
  return { reportsDir, goldPath, inconsistentPath, specsPath, reports, goldFacts, bytes };
}

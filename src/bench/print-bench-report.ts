import { availableParallelism } from 'node:os';
import type { BotThroughput } from './measure-bot.ts';
import type { BenchResult } from './bench-result.ts';
import type { WrittenCorpus } from './generate-corpus.ts';
import type { AnswerMeasure } from './measure-answers.ts';
import type { IngestMeasure } from './measure-ingest.ts';
import type { PdfIngestMeasure } from './measure-pdf-ingest.ts';
import type { BenchArgs } from './parse-bench-args.ts';
import type { StoreScore } from './score-store.ts';
import type { ProfileSummary } from './summarise-cpu-profile.ts';

export interface BenchDetails {
  args: BenchArgs;
  corpus: WrittenCorpus;
  generateS: number;
  ingest: IngestMeasure;
  score: StoreScore;
  answers: AnswerMeasure | null;
  coldStart: { ms: number | null; mode: string; withRescanMs: number | null; rescanned: { loaded: number; unchanged: number } | null };
  profile: ProfileSummary | null;
  bot: BotThroughput | null;
  pdf: PdfIngestMeasure | null;
}

const f1 = (x: number): string => x.toFixed(1);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function coldMode(mode: string): string {
  if (mode === 'engine') return 'spawn → node + tsx, open store, build engine, first answer';
  if (mode === 'fact-query') return 'spawn → open store + one fact query (no answer engine yet)';
  return 'no answer within 60 s';
}

function rescanNote(c: BenchDetails['coldStart']): string {
  if (c.withRescanMs === null) return 'no answer within 30 s (the extractor changed since ingest, so every file is re-read)';
  return `${f1(c.withRescanMs)} ms${c.rescanned ? ` (${c.rescanned.unchanged} unchanged, ${c.rescanned.loaded} re-read)` : ''}`;
}

function notes(d: BenchDetails): Record<keyof BenchResult, string> {
  const { ingest: ing, score, answers: a } = d;
  const ex = score.extraction;
  const meta = [...ex.byPhrasing.values()].filter((t) => t.key.endsWith(':meta-misread')).reduce((s, t) => s + t.gold, 0);
  return {
    reports: `report files generated; ${ing.loaded} loaded, ${ing.failed} failed${ing.failedExamples[0] ? ` (e.g. ${ing.failedExamples[0]})` : ''}`,
    facts: `facts in the store (derived and "figure" facts included); the gold states ${d.corpus.goldFacts}`,
    ingest_s: `ingestFolder into a fresh store, own process${d.args.profile ? ', under --cpu-prof' : ''}; generating the corpus (${f1(d.corpus.bytes / 1e6)} MB) took ${f1(d.generateS)} s, not counted`,
    ingest_reports_per_s: 'report files / ingest_s',
    ingest_peak_rss_mb: 'peak RSS of the ingest process (resourceUsage maxRSS)',
    store_mb: 'store.sqlite + -wal + -shm after ingest',
    extraction_recall: `${ex.recalled}/${ex.gold} gold facts; ${meta} of the misses are reports stored under another agency or year; recall on the others ${pct(ex.recalled / Math.max(1, ex.gold - meta))}`,
    extraction_precision: `${ex.correct}/${ex.checked} stored catalogue facts whose agency, year, metric and dims the gold states have the gold value`,
    answer_p50_ms: a ? `${a.answered} of ${a.questions} questions asked in order within ${d.args.answerBudgetS} s, engine built in ${f1(a.engineBuildMs)} ms` : 'not measured: src/answer/create-engine.ts is missing',
    answer_p99_ms: a ? `${a.errors} questions threw` : '',
    answer_rss_mb: a ? `RSS after the questions; peak ${f1(a.peakRssMb)} MB` : '',
    cold_start_ms: `${coldMode(d.coldStart.mode)}; warm OS cache. With the folder re-scan npm start does: ${rescanNote(d.coldStart)}`,
    bot_updates_per_s: d.bot
      ? `${d.bot.delivered} replies to ${d.bot.updates} queued questions from 100 users in ${f1(d.bot.seconds)} s: the real bot process against the loopback fake Bot API`
      : 'not measured: src/answer/create-engine.ts is missing',
  };
}

function table(result: BenchResult, d: BenchDetails): string[] {
  const n = notes(d);
  return ['| figure | value | note |', '|---|---:|---|', ...(Object.keys(result) as (keyof BenchResult)[]).map((k) => `| ${k} | ${result[k] ?? 'null'} | ${n[k]} |`)];
}

function extractionDetails(d: BenchDetails): string[] {
  const { score } = d;
  const lines = [`Consistency checker: flagged ${score.consistency.flagged} of ${score.consistency.inconsistent} reports broken on purpose; ${score.consistency.falseFlags} other reports carry a sum problem${score.consistency.falseFlagExamples.length ? ` (${score.consistency.falseFlagExamples.join('; ')})` : ''}`];
  if (score.misread.size > 0) lines.push(`Reports stored under another agency or year: ${[...score.misread].map(([a, k]) => `${a} ×${k}`).join(', ')}`);
  lines.push('', 'Misses by layout and phrasing (worst first):');
  for (const t of score.extraction.misses().slice(0, 60)) {
    const e = t.examples[0];
    lines.push(`  ${t.key}: ${t.recalled}/${t.gold}${e ? `  e.g. ${e.metric}${JSON.stringify(e.dims)}=${e.value} «${e.quote.slice(0, 60)}»` : ''}`);
  }
  const wrong = score.extraction.wrong;
  const byMetric = new Map<string, number>();
  for (const w of wrong) byMetric.set(w.fact.metric, (byMetric.get(w.fact.metric) ?? 0) + 1);
  if (wrong.length > 0) lines.push('', `Wrong figures (${wrong.length}: ${[...byMetric].sort((a, b) => b[1] - a[1]).map(([m, k]) => `${m} ${k}`).join(', ')}; first 12):`, ...wrong.slice(0, 12).map((w) => `  ${w.fact.agency} ${w.fact.year} ${w.fact.metric}${JSON.stringify(w.fact.dims)}=${w.fact.value}, gold ${w.expected.join('/')}`));
  return lines;
}

function answerDetails(a: AnswerMeasure | null): string[] {
  if (!a) return [];
  return [
    '', `Answers by kind: ${Object.entries(a.byKind).map(([k, p]) => `${k} n=${p.n} p50=${f1(p.p50)} p99=${f1(p.p99)} ms`).join('; ')}`,
    `Reply statuses: ${Object.entries(a.statuses).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    'Slowest questions:', ...a.slowest.map((s) => `  ${f1(s.ms)} ms  [${s.kind}] ${s.q}`),
    ...(a.errorExamples.length ? ['Errors:', ...a.errorExamples.map((e) => `  ${e}`)] : []),
  ];
}

function profileDetails(p: ProfileSummary | null): string[] {
  if (!p) return [];
  const row = (x: { name: string; ms: number; share: number }): string => `  ${pct(x.share).padStart(6)} ${f1(x.ms).padStart(9)} ms  ${x.name}`;
  return ['', `Ingest CPU profile (${f1(p.totalMs)} ms sampled). Inclusive time of ingest steps:`, ...p.inclusive.map(row), 'Self time by file:', ...p.byFile.map(row), 'Self time by function:', ...p.byFunction.map(row)];
}

function pdfDetails(p: PdfIngestMeasure | null): string[] {
  if (!p) return ['', 'PDF input: not measured (LibreOffice is not installed: apt-get install libreoffice-writer-nogui fonts-wqy-zenhei)'];
  const { ingest: i } = p;
  return ['', `PDF input: ${f1(p.reportsPerS)} reports/s: ${p.reports} corpus reports converted to PDF by LibreOffice (${f1(p.convertS)} s, not counted), ingested in ${f1(i.ingestS)} s into a fresh store, own process; ${i.loaded} loaded, ${i.failed} failed${i.failedExamples[0] ? ` (e.g. ${i.failedExamples[0]})` : ''}, ${i.facts} facts, peak RSS ${f1(i.peakRssMb)} MB`];
}

export function printBenchReport(result: BenchResult, d: BenchDetails): void {
  const head = `Benchmark: ${d.args.scale} reports, seed ${d.args.seed}; node ${process.version}, ${availableParallelism()} CPUs`;
  console.log([head, '', ...table(result, d), '', ...extractionDetails(d), ...answerDetails(d.answers), ...profileDetails(d.profile), ...pdfDetails(d.pdf)].join('\n'));
}

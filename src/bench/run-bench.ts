/**
 * npm run bench [-- --scale N] [--json]: generate a corpus of N reports, ingest it into a fresh store,
 * score extraction against the gold, time answers and a cold start. Progress goes to stderr; the table
 * (and with --json one JSON object on the last line) to stdout.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roundResult, type BenchResult } from './bench-result.ts';
import { runChildJson, timeToFirstLine } from './child-process-json.ts';
import type { Inconsistency, Layout } from './corpus-types.ts';
import { writeCorpus, type WrittenCorpus } from './generate-corpus.ts';
import { engineExists, type AnswerMeasure } from './measure-answers.ts';
import type { IngestMeasure } from './measure-ingest.ts';
import { measureBot } from './measure-bot.ts';
import { measurePdfIngest } from './measure-pdf-ingest.ts';
import { parseBenchArgs, type BenchArgs } from './parse-bench-args.ts';
import { printBenchReport, type BenchDetails } from './print-bench-report.ts';
import { readLines } from './read-lines.ts';
import { writeQuestions } from './sample-questions.ts';
import { scoreStore } from './score-store.ts';
import { summariseCpuProfile } from './summarise-cpu-profile.ts';

const HERE = import.meta.dirname;
const ROOT = join(HERE, '..', '..');
const script = (name: string): string => join(HERE, name);
const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const INGEST_FUNCTIONS = /^(ingestFolder|nextBatch|writePrepared|writeFile|scanReportFile|hashOf|duplicateOf|readReport|decodeReportBytes|htmlToText|parseReportText|normaliseText|toSimplified|splitSections|subMarkers|parseReportMeta|tableCells|extractApplicationTable|extractReviewTable|extractArt20Tables|extractNarrativeFacts|checkReportConsistency|writeReport|writeProblems|checkAcrossReports|reportFiles|transaction)$/;

function layoutsOf(corpus: WrittenCorpus): Map<string, Layout> {
  const out = new Map<string, Layout>();
  for (const line of readLines(corpus.specsPath)) {
    if (!line) continue;
    const spec = JSON.parse(line) as { file: string; layout: Layout };
    out.set(spec.file, spec.layout);
  }
  return out;
}

async function ingest(args: BenchArgs, corpus: WrittenCorpus, store: string, profDir: string): Promise<IngestMeasure> {
  const flags = args.profile ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  return (await runChildJson<IngestMeasure>(script('measure-ingest.ts'), [corpus.reportsDir, store], flags)).result;
}

async function answers(args: BenchArgs, store: string, questionsPath: string): Promise<AnswerMeasure | null> {
  if (!engineExists()) return null;
  try {
    return (await runChildJson<AnswerMeasure>(script('measure-answers.ts'), [store, questionsPath, String(args.answerBudgetS)])).result;
  } catch (err) {
    log(`answer measurement failed: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** Cold start as measured, and the same with the folder re-scan `npm start` does (bounded: a changed extractor re-reads every file). */
async function coldStarts(store: string, question: string, reportsDir: string): Promise<BenchDetails['coldStart']> {
  const plain = await timeToFirstLine(script('cold-start-answer.ts'), [store, question], 60_000);
  const rescan = await timeToFirstLine(script('cold-start-answer.ts'), [store, question, reportsDir], 30_000);
  const info = (line: string | undefined): { mode?: string; rescanned?: { loaded: number; unchanged: number } | null } => (line ? JSON.parse(line) : {});
  return { ms: plain?.ms ?? null, mode: info(plain?.line).mode ?? 'timed out', withRescanMs: rescan?.ms ?? null, rescanned: info(rescan?.line).rescanned ?? null };
}

async function run(args: BenchArgs, dir: string): Promise<void> {
  let t = performance.now();
  log(`generating ${args.scale} reports in ${dir}`);
  const corpus = writeCorpus(join(dir, 'corpus'), { reports: args.scale, seed: args.seed });
  const generateS = (performance.now() - t) / 1000;
  log(`generated ${corpus.reports} reports, ${corpus.goldFacts} gold facts, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${generateS.toFixed(1)} s; ingesting`);
  const store = join(dir, 'store.sqlite');
  const profDir = join(dir, 'prof');
  const ing = await ingest(args, corpus, store, profDir);
  log(`ingested in ${ing.ingestS.toFixed(1)} s; scoring against the gold`);
  t = performance.now();
  const inconsistent = JSON.parse(readFileSync(corpus.inconsistentPath, 'utf8')) as Inconsistency[];
  const score = scoreStore(store, corpus.goldPath, layoutsOf(corpus), inconsistent);
  log(`scored in ${((performance.now() - t) / 1000).toFixed(1)} s; ${engineExists() ? `asking up to ${args.questions} questions` : 'no answer engine yet'}`);
  const questions = writeQuestions(join(dir, 'questions.jsonl'), corpus.goldPath, args.seed, args.questions);
  const ans = await answers(args, store, join(dir, 'questions.jsonl'));
  log('cold starts');
  const cold = await coldStarts(store, questions.find((q) => q.kind === 'figure')?.q ?? '科学技术局2018年收到多少申请', corpus.reportsDir);
  log('bot throughput');
  const questionTexts = questions.filter((q) => q.kind !== 'follow_up').map((q) => q.q);
  const bot = engineExists() ? await measureBot(store, corpus.reportsDir, questionTexts) : null;
  log('PDF input');
  const pdf = await measurePdfIngest(corpus.reportsDir, dir);
  const profFile = args.profile ? readdirSync(profDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
  const profile = profFile ? summariseCpuProfile(join(profDir, profFile), ROOT, INGEST_FUNCTIONS) : null;
  const ex = score.extraction;
  const result: BenchResult = {
    reports: corpus.reports, facts: ing.facts, ingest_s: ing.ingestS, ingest_reports_per_s: corpus.reports / ing.ingestS,
    ingest_peak_rss_mb: ing.peakRssMb, store_mb: ing.storeMb, extraction_recall: ex.recall(), extraction_precision: ex.precision(),
    answer_p50_ms: ans?.all.p50 ?? null, answer_p99_ms: ans?.all.p99 ?? null, answer_rss_mb: ans?.rssMb ?? null,
    cold_start_ms: cold.ms, bot_updates_per_s: bot?.updatesPerS ?? null,
  };
  printBenchReport(roundResult(result), { args, corpus, generateS, ingest: ing, score, answers: ans, coldStart: cold, profile, bot, pdf });
  if (args.json) console.log(JSON.stringify(roundResult(result)));
}

const args = parseBenchArgs(process.argv.slice(2));
const dir = mkdtempSync(join(tmpdir(), 'zd-bench-'));
try {
  await run(args, dir);
} finally {
  if (args.keep) log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

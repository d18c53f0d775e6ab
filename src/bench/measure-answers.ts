import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../store/open-store.ts';
import { SqliteContextStore, SqliteFactSource } from '../store/sqlite-fact-source.ts';
import type { BenchQuestion } from './bench-questions.ts';
import { isMain } from './child-process-json.ts';

export interface Percentiles {
  n: number;
  p50: number;
  p99: number;
}

export interface AnswerMeasure {
  questions: number;
  /** Questions asked before the time budget ran out (the rest were skipped). */
  answered: number;
  engineBuildMs: number;
  all: Percentiles;
  byKind: Record<string, Percentiles>;
  statuses: Record<string, number>;
  rssMb: number;
  peakRssMb: number;
  errors: number;
  errorExamples: string[];
  /** The slowest questions, to show where answer time goes. */
  slowest: { q: string; kind: string; ms: number }[];
}

export function percentiles(ms: number[]): Percentiles {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { n: sorted.length, p50: at(0.5), p99: at(0.99) };
}

export const ENGINE_PATH = join(import.meta.dirname, '..', 'answer', 'create-engine.ts');

/** Ask every question in order (follow-ups rely on it) against the store, timing each ask. */
export async function measureAnswers(store: string, questions: BenchQuestion[], budgetS: number): Promise<AnswerMeasure> {
  const { createEngine } = (await import(ENGINE_PATH)) as typeof import('../answer/create-engine.ts');
  const db = openStore(store);
  const started = performance.now();
  const engine = createEngine({ source: new SqliteFactSource(db), contexts: new SqliteContextStore(db) });
  const engineBuildMs = performance.now() - started;
  const times: number[] = [];
  let slowest: AnswerMeasure['slowest'] = [];
  const byKind = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  const errorExamples: string[] = [];
  let errors = 0;
  const deadline = performance.now() + budgetS * 1000;
  for (const question of questions) {
    if (performance.now() > deadline) break;
    const t = performance.now();
    try {
      const reply = engine.ask(question.q, question.chat);
      statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
    } catch (err) {
      errors++;
      if (errorExamples.length < 5) errorExamples.push(`${question.q}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const ms = performance.now() - t;
    times.push(ms);
    if (slowest.length < 8 || ms > (slowest.at(-1)?.ms ?? 0)) {
      slowest = [...slowest, { q: question.q, kind: question.kind, ms }].sort((a, b) => b.ms - a.ms).slice(0, 8);
    }
    const kind = byKind.get(question.kind) ?? [];
    kind.push(ms);
    byKind.set(question.kind, kind);
  }
  db.close();
  return {
    questions: questions.length, answered: times.length, engineBuildMs, all: percentiles(times),
    byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, percentiles(v)])), statuses,
    rssMb: process.memoryUsage().rss / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024, errors, errorExamples, slowest,
  };
}

export const engineExists = (): boolean => existsSync(ENGINE_PATH);

if (isMain(import.meta.url)) {
  const [store, questionsPath, budget] = process.argv.slice(2);
  if (!store || !questionsPath) throw new Error('usage: measure-answers.ts <store> <questions.jsonl> [budget seconds]');
  const questions = readFileSync(questionsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BenchQuestion);
  console.log(JSON.stringify(await measureAnswers(store, questions, Number(budget ?? 300))));
}

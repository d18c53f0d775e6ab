import { writeFileSync } from 'node:fs';
import { askable, benchQuestions, type BenchQuestion } from './bench-questions.ts';
import type { GoldFact } from './corpus-types.ts';
import { readLines } from './read-lines.ts';
import { createRandom } from './seeded-random.ts';

/** A seeded reservoir sample of the gold facts a question can ask about, read from gold.jsonl without holding it all. */
function sampleAskable(goldPath: string, seed: number, size: number): GoldFact[] {
  const r = createRandom(seed, 'sample');
  const sample: GoldFact[] = [];
  let seen = 0;
  for (const line of readLines(goldPath)) {
    if (!line) continue;
    const g = JSON.parse(line) as GoldFact;
    if (!askable(g)) continue;
    seen++;
    if (sample.length < size) sample.push(g);
    else {
      const j = Math.floor(r.next() * seen);
      if (j < size) sample[j] = g;
    }
  }
  return sample;
}

/** Writes the benchmark questions (JSONL) and returns them. */
export function writeQuestions(path: string, goldPath: string, seed: number, count: number): BenchQuestion[] {
  const questions = benchQuestions(seed, sampleAskable(goldPath, seed, 6000), count);
  writeFileSync(path, questions.map((q) => JSON.stringify(q)).join('\n'));
  return questions;
}

import { metricName } from './fact-text.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import type { FactSource } from '../model/fact-source.ts';
import type { Memo } from './memo.ts';

// Metrics most users ask about first; examples use the first ones a report actually states.
const PREFERRED = ['applications.received', 'proactive.total', 'review.total', 'fees.total', 'cppcc_proposals.received'];
const ZH = new Intl.Collator('zh');

/**
 * Example questions built from what the store holds (newest reports first, a different report and
 * metric each), so the help never suggests a question the bot cannot answer.
 */
export function exampleQuestions(lex: Lexicon, source: FactSource, memo: Memo, count = 2): string[] {
  // The same for every question while the store is unchanged: worked out once per engine.
  return memo('examples', String(count), 4, () => findExamples(lex, source, count));
}

function findExamples(lex: Lexicon, source: FactSource, count: number): string[] {
  const out: string[] = [];
  const usedMetrics = new Set<string>();
  const reports = [...lex.reports].sort((a, b) => b.year - a.year || ZH.compare(a.agency, b.agency));
  for (const r of reports) {
    const stated = new Set(source.facts({ agency: r.agency, year: r.year, metrics: PREFERRED }).map((f) => f.metric));
    const metric = PREFERRED.find((m) => stated.has(m) && !usedMetrics.has(m));
    if (!metric) continue;
    usedMetrics.add(metric);
    out.push(`${r.agency}${r.year}年${metricName(lex, metric)}是多少？`);
    if (out.length >= count) break;
  }
  return out;
}

import { metricName } from './fact-text.ts';
import type { NluKit } from './nlu-kit.ts';

// Metrics most users ask about first; examples use the first ones a report actually states.
const PREFERRED = ['applications.received', 'proactive.total', 'review.total', 'fees.total', 'cppcc_proposals.received'];
const ZH = new Intl.Collator('zh');

/**
 * Example questions built from what the store holds (newest reports first, a different report and
 * metric each), so the help never suggests a question the bot cannot answer.
 */
export function exampleQuestions(kit: NluKit, count = 2): string[] {
  // The same for every question while the store is unchanged: worked out once per engine.
  return kit.memo('examples', String(count), 4, () => findExamples(kit, count));
}

function findExamples(kit: NluKit, count: number): string[] {
  const out: string[] = [];
  const usedMetrics = new Set<string>();
  const reports = [...kit.reports].sort((a, b) => b.year - a.year || ZH.compare(a.agency, b.agency));
  for (const r of reports) {
    const stated = new Set(kit.source.facts({ agency: r.agency, year: r.year, metrics: PREFERRED }).map((f) => f.metric));
    const metric = PREFERRED.find((m) => stated.has(m) && !usedMetrics.has(m));
    if (!metric) continue;
    usedMetrics.add(metric);
    out.push(`${r.agency}${r.year}年${metricName(kit, metric)}是多少？`);
    if (out.length >= count) break;
  }
  return out;
}

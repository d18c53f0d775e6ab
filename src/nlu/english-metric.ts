import type { MetricCatalog } from './metric-catalog.ts';
import type { MetricMatch } from './metric-entity.ts';
import { makeSpan } from './span.ts';

// Words that carry no meaning for a metric phrase.
const STOP = new Set(['the', 'of', 'a', 'an', 'to', 'by', 'in', 'from', 'for', 'and', 'did', 'do', 'does', 'was', 'were', 'how', 'many', 'much', 'what']);

/** A crude English stem, enough for "requests/request", "received/receive", "proposals/proposal". */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/'s$/, '');
  return w.length > 4 ? w.replace(/(ing|ed|es|s|e)$/, '') : w;
}

const wordsOf = (text: string) => [...text.toLowerCase().matchAll(/[a-z']+/g)].map((m) => ({ word: m[0], at: m.index }));

/**
 * English phrasing is freer than the catalogue's English names ("how many requests did … receive"
 * vs "requests received"): when no metric word matched, a metric whose English name has all its
 * content words (stemmed) somewhere in the question is taken, the longest name first.
 */
export function englishMetric(q: string, catalog: MetricCatalog): MetricMatch[] {
  const words = wordsOf(q);
  if (words.length < 3) return [];
  const stems = new Map(words.map((w) => [stem(w.word), w]));
  let best: { metric: string; size: number; at: number; end: number } | undefined;
  for (const m of catalog.metrics) {
    for (const name of m.en) {
      const content = wordsOf(name).map((w) => stem(w.word)).filter((s) => !STOP.has(s));
      if (content.length === 0 || !content.every((s) => stems.has(s))) continue;
      if (best && content.length <= best.size) continue;
      const hits = content.flatMap((s) => stems.get(s) ?? []);
      const at = Math.min(...hits.map((h) => h.at));
      const end = Math.max(...hits.map((h) => h.at + h.word.length));
      best = { metric: m.key, size: content.length, at, end };
    }
  }
  return best ? [{ metric: best.metric, span: makeSpan(q, best.at, best.end, 'metric.en-stems') }] : [];
}

import type { Fact } from '../model/fact.ts';
import type { Figure } from './find-figures.ts';
import { CHANGE_BASES, CHANGE_DOWN, CHANGE_LABEL, CHANGE_METRICS } from './narrative-rules.ts';

export const isChangeLabel = (label: string): boolean => CHANGE_LABEL.test(label);

/** The way a change label goes ("比去年减少" → decrease), or null for a label that is no change. */
export const changeDirection = (label: string): 'increase' | 'decrease' | null =>
  isChangeLabel(label) ? (CHANGE_DOWN.test(label) ? 'decrease' : 'increase') : null;

const cjk = (s: string): number => s.replace(/[^\u4e00-\u9fff]/g, '').length;
/** The metric the words naming a change are about ("申请数量" → applications.received). */
export const baseByWords = (words: string): string | undefined => CHANGE_BASES.find(([re]) => re.test(words))?.[1];

/**
 * What a change counts: the words before the comparison when they name something ("申请数量同比下降"),
 * else the nearest earlier figure of the sentence ("收到申请8件，比去年减少5件"), by its metric or, for a
 * figure no rule names, by its words.
 */
function baseOf(figures: Figure[], facts: Fact[], i: number): Pick<Fact, 'metric' | 'dims'> | null {
  const f = figures[i];
  if (!f) return null;
  const named = f.label.slice(0, f.label.search(CHANGE_LABEL));
  const byName = cjk(named) >= 2 ? baseByWords(named) : undefined;
  if (byName) return { metric: byName, dims: {} };
  for (let j = i - 1; j >= 0; j--) {
    const prev = figures[j];
    const fact = facts[j];
    if (!prev || !fact || prev.sentenceStart !== f.sentenceStart) break;
    if (isChangeLabel(prev.label)) continue;
    if (fact.metric !== 'figure') return { metric: fact.metric, dims: fact.dims };
    const byWords = baseByWords(prev.label);
    return byWords ? { metric: byWords, dims: {} } : null;
  }
  return null;
}

/** Relative figures ("比去年减少5件", "同比增长58.33%") become changes of what they compare, with their direction. */
export function markChanges(figures: Figure[], facts: Fact[]): Fact[] {
  return facts.map((fact, i) => {
    const f = figures[i];
    const change = f && changeDirection(f.label);
    if (!change) return fact;
    const base = baseOf(figures, facts, i);
    const metric = (base && CHANGE_METRICS[base.metric]) ?? 'change';
    const dims = { ...(base?.dims ?? {}), change };
    return { ...fact, metric, dims, scope: 'year' };
  });
}

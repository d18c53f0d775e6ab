import { describe, expect, it } from 'vitest';
import type { GoldFact } from '../../src/bench/corpus-types.ts';
import { ExtractionScore, type ScoredFact } from '../../src/bench/score-extraction.ts';

const gold = (metric: string, value: number, dims: Record<string, string> = {}): GoldFact => ({
  file: 'a.txt', agency: '张店区甲局', year: 2018, metric, dims, value, unit: '件', qualifier: null, scope: 'year', phrasing: 'p', quote: 'q',
});
const fact = (metric: string, value: number, dims: Record<string, string> = {}): ScoredFact => ({ agency: '张店区甲局', year: 2018, metric, dims, value });
const readAs = { agency: '张店区甲局', year: 2018 };

describe('ExtractionScore', () => {
  it('recalls a gold fact from a fact whose dims include the gold dims', () => {
    const s = new ExtractionScore();
    s.add([gold('proactive.total', 5), gold('applications.received', 3, { channel: 'fax' })], [fact('proactive.total', 5, { channel: 'website' }), fact('applications.received', 3)], 'prose', readAs);
    expect([s.recalled, s.gold]).toEqual([1, 2]);
    expect(s.misses().map((t) => t.key)).toEqual(['prose:p']);
  });

  it('checks precision only where gold states the same metric and dims, ignoring "figure"', () => {
    const s = new ExtractionScore();
    s.add([gold('fees.total', 0)], [fact('fees.total', 0), fact('fees.total', 12), fact('fees.total', 9, { level: 'city' }), fact('figure', 4)], 'prose', readAs);
    expect([s.correct, s.checked]).toEqual([1, 2]);
    expect(s.wrong.map((w) => w.fact.value)).toEqual([12]);
  });

  it('counts every fact of a report read as another agency or year as a miss of "meta"', () => {
    const s = new ExtractionScore();
    s.add([gold('fees.total', 0)], [fact('fees.total', 0)], 'html', { agency: '张店区乙局', year: 2018 });
    expect(s.recall()).toBe(0);
    expect(s.misses()[0]?.key).toBe('html:meta-misread');
  });
});

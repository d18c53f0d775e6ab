import { describe, expect, it } from 'vitest';
import { loadMetricCatalog } from '../../src/nlu/metric-catalog.ts';
import { reportVocabularySchema } from '../../src/vocabulary/report-label-schema.ts';
import { loadReportVocabulary, reportLabels } from '../../src/vocabulary/report-labels.ts';

const received = (rule: object) => ({ metrics: [{ key: 'applications.received', report: { 'application-row': rule } }], dimensions: {} });

describe('the report vocabulary in intents/metrics.json', () => {
  it('is read through its own schema, beside the question words nlu reads from the same file', () => {
    const report = loadReportVocabulary();
    const catalog = loadMetricCatalog();
    expect(report.metrics.find((m) => m.key === 'applications.received')?.report?.['application-row']?.pattern).toBe('本年新收');
    // nlu's schema drops the report field, and the report schema the question words.
    expect(catalog.metrics.every((m) => !('report' in m))).toBe(true);
    expect(report.metrics.every((m) => !('synonyms' in m))).toBe(true);
  });

  it('rejects an unknown family, a field no family has and a pattern that does not compile', () => {
    const unknownFamily = { metrics: [{ key: 'x', report: { 'application-rows': { order: 1, pattern: 'a' } } }], dimensions: {} };
    expect(reportVocabularySchema.safeParse(unknownFamily).success).toBe(false);
    expect(reportVocabularySchema.safeParse(received({ order: 1, pattern: 'a', group: 'x' })).success).toBe(false);
    expect(reportVocabularySchema.safeParse(received({ order: 1, pattern: '(' })).success).toBe(false);
    expect(reportVocabularySchema.safeParse(received({ order: 1, pattern: '本年新收' })).success).toBe(true);
  });

  it('gives a family in its order, and refuses two rules of one order', () => {
    const two = (a: number, b: number) => ({
      metrics: [
        { key: 'm1', report: { 'application-row': { order: a, pattern: 'a' } } },
        { key: 'm2', report: { 'application-row': { order: b, pattern: 'b' } } },
      ],
      dimensions: {},
    });
    expect(reportLabels('application-row', two(20, 10)).map((l) => l.key)).toEqual(['m2', 'm1']);
    expect(() => reportLabels('application-row', two(10, 10))).toThrow(/two application-row rules have order 10/);
  });
});

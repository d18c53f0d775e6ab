import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadMetricCatalog, parseMetricCatalog } from '../../src/nlu/metric-catalog.ts';
import { buildMetricMatcher } from '../../src/nlu/metric-entity.ts';
import { normaliseQuestion } from '../../src/nlu/normalise-question.ts';
import { loadExamples } from './load-examples.ts';

const cases = loadExamples(
  'metric.examples.json',
  z.array(
    z.object({
      q: z.string(),
      metrics: z.array(z.string()),
      /** "dimension:value", e.g. "outcome:withheld". */
      dims: z.array(z.string()),
      texts: z.array(z.string()).optional(),
      fuzzy: z.boolean().optional(),
    }),
  ),
);

const catalog = loadMetricCatalog();
const matcher = buildMetricMatcher(catalog);

describe('metric matcher', () => {
  it('has a corpus of at least 40 cases, negatives included', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.metrics.length === 0 && c.dims.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('$q', ({ q, metrics, dims, texts, fuzzy }) => {
    const got = matcher.match(q);
    const gotDims = matcher.matchDimensions(q);
    expect(got.map((m) => m.metric)).toEqual(metrics);
    expect(gotDims.map((d) => `${d.dim}:${d.value}`)).toEqual(dims);
    if (texts) expect([...got, ...gotDims].map((m) => m.span.text)).toEqual(texts);
    expect(got.every((m) => (m.span.rule === 'metric.fuzzy') === (fuzzy ?? false))).toBe(true);
  });

  it.each(cases)('spans point into the normalised question: $q', ({ q }) => {
    const nq = normaliseQuestion(q);
    for (const m of [...matcher.match(q), ...matcher.matchDimensions(q)]) expect(nq.slice(m.span.start, m.span.end)).toBe(m.span.text);
  });

  it('every metric key in the corpus exists in the catalogue', () => {
    const keys = new Set(catalog.metrics.map((m) => m.key));
    for (const c of cases) for (const k of c.metrics) expect(keys).toContain(k);
  });

  it('ignores words already claimed by another entity (an agency named 公园街道)', () => {
    const q = '公园街道2023年收到多少申请';
    expect(matcher.matchDimensions(q).map((d) => d.dim)).toEqual(['level']);
    expect(matcher.matchDimensions(q, [{ start: 0, end: 4, text: '公园街道', rule: 'agency.alias' }])).toEqual([]);
  });

  it('rejects a catalogue of the wrong shape', () => {
    expect(() => parseMetricCatalog({ metrics: [{ key: 'x' }], dimensions: {} })).toThrow();
  });
});

import Fuse from 'fuse.js';
import { buildCouldMatchIndex } from './could-match.ts';
import { loadFuzzyConfig, type FuzzyConfig } from './fuzzy-config.ts';
import type { MetricCatalog } from './metric-catalog.ts';
import { loadMetricRules, type MetricRules } from './metric-rules.ts';
import { normaliseQuestion } from './normalise-question.ts';
import { makeSpan, type Span } from './span.ts';
import { buildTermIndex, mergeSameValues, overlaps, pickLongestFirst, type TermHit, type TermIndex } from './term-index.ts';

export interface MetricMatch {
  metric: string;
  span: Span;
  /** Only for the fuzzy fallback: 1 = identical … 0. */
  score?: number;
}

export interface DimensionMatch {
  dim: string;
  value: string;
  span: Span;
}

export interface MetricMatcher {
  /**
   * Metrics named in the question, text order, non-overlapping; fuzzy fallback when none is named
   * exactly. `masked`: spans already claimed by other entities (an agency such as 公园街道), ignored here.
   */
  match(q: string, masked?: Span[]): MetricMatch[];
  /** Table dimensions named in the question (applicant, outcome, route, channel, level, column …). */
  matchDimensions(q: string, masked?: Span[]): DimensionMatch[];
}

interface MetricTerm {
  metric: string;
  rule: string;
}

interface DimensionTerm {
  dim: string;
  value: string;
  rule: string;
}

interface MetricState {
  metrics: TermIndex<MetricTerm>;
  dims: TermIndex<DimensionTerm>;
  /**
   * Chinese terms long enough for the fuzzy fallback (short ones would match anything with one
   * error; English ones would match inside longer words, fuse.js knows no word boundaries).
   */
  fuzzyTerms: [string, MetricTerm][];
  /** Indices of the fuzzy terms a question could match at all (see couldMatch). */
  fuzzyCandidates: (q: string) => number[];
  rules: MetricRules;
  config: FuzzyConfig['metric'];
}

function labelTerm(label: string, rules: MetricRules): string | undefined {
  const term = normaliseQuestion(label).replace(new RegExp(rules.labelNumbering), '');
  return term.length >= rules.minLabelLength ? term : undefined;
}

function metricTerms(catalog: MetricCatalog, rules: MetricRules): [string, MetricTerm][] {
  return catalog.metrics.flatMap((m) => {
    const label = labelTerm(m.label, rules);
    return [
      ...m.synonyms.map((s): [string, MetricTerm] => [normaliseQuestion(s), { metric: m.key, rule: 'metric.synonym' }]),
      ...(label ? [[label, { metric: m.key, rule: 'metric.label' }] as [string, MetricTerm]] : []),
      ...m.en.map((s): [string, MetricTerm] => [normaliseQuestion(s), { metric: m.key, rule: 'metric.en' }]),
    ];
  });
}

function dimensionTerms(catalog: MetricCatalog, rules: MetricRules): [string, DimensionTerm][] {
  return Object.entries(catalog.dimensions).flatMap(([dim, values]) =>
    values.flatMap((v) => {
      const label = labelTerm(v.label, rules);
      return [
        ...v.synonyms.map((s): [string, DimensionTerm] => [normaliseQuestion(s), { dim, value: v.key, rule: 'dimension.synonym' }]),
        ...v.en.map((s): [string, DimensionTerm] => [normaliseQuestion(s), { dim, value: v.key, rule: 'dimension.en' }]),
        ...(label ? [[label, { dim, value: v.key, rule: 'dimension.label' }] as [string, DimensionTerm]] : []),
      ];
    }),
  );
}

const longerAndContains = (outer: TermHit<unknown>, inner: TermHit<unknown>) =>
  outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;

// Words another entity already claimed (an agency named 公园街道) are not metric or dimension words.
const unmasked = <H extends TermHit<unknown>>(hits: H[], masked: Span[]) => hits.filter((h) => !masked.some((m) => overlaps(m, h)));

/** Metric and dimension hits after resolving their overlaps (see intents/entities/metric-rules.json). */
function resolveHits(q: string, s: MetricState, masked: Span[]) {
  const metricHits = pickLongestFirst(mergeSameValues(q, unmasked(s.metrics.findAll(q), masked), (v) => v.metric));
  const dimHits = pickLongestFirst(mergeSameValues(q, unmasked(s.dims.findAll(q), masked), (v) => `${v.dim}:${v.value}`))
    .filter((d) => !metricHits.some((m) => longerAndContains(m, d)));
  const exclusive = dimHits.filter((d) => d.values.some((v) => s.rules.exclusiveDimensions.includes(v.dim)));
  return { metricHits: metricHits.filter((m) => !exclusive.some((d) => overlaps(d, m))), dimHits };
}

// A fuzzy hit may not reuse words that already named a dimension (不予公开的申请 is not 公开申请).
function fuzzyMetric(q: string, s: MetricState, masked: Span[]): MetricMatch[] {
  const taken = [...resolveHits(q, s, masked).dimHits, ...masked];
  const fuse = new Fuse([q], { includeScore: true, includeMatches: true, threshold: s.config.fuseThreshold, ignoreLocation: true });
  let best: { term: string; value: MetricTerm; score: number; start: number; end: number } | undefined;
  for (const i of s.fuzzyCandidates(q)) {
    const [term, value] = s.fuzzyTerms[i] as [string, MetricTerm];
    const r = fuse.search(term)[0];
    const ranges = r?.matches?.[0]?.indices ?? [];
    if (!r || r.score === undefined || r.score > s.config.fuseThreshold || ranges.length === 0) continue;
    if (best && (r.score > best.score || (r.score === best.score && term.length <= best.term.length))) continue;
    const found = { start: Math.min(...ranges.map(([a]) => a)), end: Math.max(...ranges.map(([, b]) => b)) + 1 };
    if (taken.some((d) => overlaps(d, found))) continue;
    best = { term, value, score: r.score, ...found };
  }
  if (!best) return [];
  const span = makeSpan(q, best.start, best.end, 'metric.fuzzy');
  return [{ metric: best.value.metric, span, score: Math.round((1 - best.score) * 1000) / 1000 }];
}

function matchMetrics(q: string, s: MetricState, masked: Span[]): MetricMatch[] {
  // Fuzzy only when nothing is named exactly, not when an exact word was dropped for a dimension.
  if (unmasked(s.metrics.findAll(q), masked).length === 0) return fuzzyMetric(q, s, masked);
  return resolveHits(q, s, masked).metricHits.flatMap((h) => h.values.map((v) => ({ metric: v.metric, span: makeSpan(q, h.start, h.end, v.rule) })));
}

function matchDims(q: string, s: MetricState, masked: Span[]): DimensionMatch[] {
  return resolveHits(q, s, masked).dimHits.flatMap((h) =>
    h.values.map((v) => ({ dim: v.dim, value: v.value, span: makeSpan(q, h.start, h.end, v.rule) })),
  );
}

/**
 * Builds the metric/dimension matcher once from the catalogue (loadMetricCatalog()). Questions are
 * normalised first; spans refer to the normalised question.
 */
export function buildMetricMatcher(catalog: MetricCatalog): MetricMatcher {
  const rules = loadMetricRules();
  const config = loadFuzzyConfig().metric;
  const terms = metricTerms(catalog, rules);
  const fuzzyTerms = terms.filter(([t]) => [...t].length >= config.minTermLength && /[\u3400-\u9fff]/.test(t));
  const state: MetricState = {
    metrics: buildTermIndex(terms, (t) => t.metric),
    dims: buildTermIndex(dimensionTerms(catalog, rules), (t) => `${t.dim}:${t.value}`),
    fuzzyTerms,
    fuzzyCandidates: buildCouldMatchIndex(fuzzyTerms.map(([t]) => t), config.fuseThreshold),
    rules,
    config,
  };
  return {
    match: (q, masked = []) => matchMetrics(normaliseQuestion(q), state, masked),
    matchDimensions: (q, masked = []) => matchDims(normaliseQuestion(q), state, masked),
  };
}

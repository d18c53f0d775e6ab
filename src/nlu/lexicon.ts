import type { MetricDims, ReportSummary } from '../model/fact-source.ts';
import { buildAgencyMatcher, type AgencyMatcher } from './agency-entity.ts';
import { loadIntentCatalog, type IntentCatalog } from './intent-catalog.ts';
import { loadMetricCatalog, type MetricCatalog, type MetricDefinition } from './metric-catalog.ts';
import { buildMetricMatcher, type MetricMatcher } from './metric-entity.ts';
import { loadQuestionWords, type QuestionWords } from './question-words.ts';
import { indexReports, type ReportIndex } from './report-index.ts';

/**
 * What the words of a question can mean, built once from the store's report list and the rule
 * files: the agencies and years there are reports for, the metric and dimension catalogue, the
 * intents and the question words. Reading a question needs this and nothing else.
 */
export interface Lexicon {
  reports: ReportSummary[];
  /** Agencies with reports, in a stable order (by name). */
  agencies: string[];
  /** Year of the newest report: what 今年/去年 count from. */
  latestYear: number;
  /** Lookups over `reports` built once: a question must not scan every report (15,000 at city scale). */
  index: ReportIndex;
  agencyMatcher: AgencyMatcher;
  metricMatcher: MetricMatcher;
  catalog: MetricCatalog;
  metricDefs: Map<string, MetricDefinition>;
  intents: IntentCatalog;
  words: QuestionWords;
  /** Dimension keys each metric is broken down by anywhere in the store (cached per metric). */
  dimKeysOf(metric: string): Set<string>;
  /** Catalogue metrics (not "figure") whose facts in the store carry dimension = value. */
  metricsWithDim(dim: string, value: string): string[];
}

/** The parts of the store a lexicon is built from. */
export interface LexiconSource {
  reports(): ReportSummary[];
  metricDims(): MetricDims[];
}

function cachedBy<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as T;
  };
}

export function buildLexicon(source: LexiconSource): Lexicon {
  const reports = source.reports();
  const agencies = [...new Set(reports.map((r) => r.agency))].sort((a, b) => a.localeCompare(b, 'zh'));
  const catalog = loadMetricCatalog();
  // The (metric, dimensions) pairs are read only when a question first needs them.
  const dimKeys = cachedBy((metric) => new Set(source.metricDims().filter((f) => f.metric === metric).flatMap((f) => Object.keys(f.dims))));
  const withDim = cachedBy((key) => {
    const [dim = '', value] = key.split('\u0000');
    return [...new Set(source.metricDims().filter((f) => f.metric !== 'figure' && f.dims[dim] === value).map((f) => f.metric))];
  });
  return {
    reports,
    agencies,
    latestYear: reports.reduce((max, r) => Math.max(max, r.year), 0),
    index: indexReports(reports, agencies),
    // Built once from the store: agency + the aliases each report uses for itself.
    agencyMatcher: buildAgencyMatcher(reports.map((r) => ({ name: r.agency, aliases: r.agencyAliases }))),
    metricMatcher: buildMetricMatcher(catalog),
    catalog,
    metricDefs: new Map(catalog.metrics.map((m) => [m.key, m])),
    intents: loadIntentCatalog(),
    words: loadQuestionWords(),
    dimKeysOf: dimKeys,
    metricsWithDim: (dim, value) => withDim(`${dim}\u0000${value}`),
  };
}

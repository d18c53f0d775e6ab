import type { FactSource, ReportSummary } from '../model/fact-source.ts';
import { buildAgencyMatcher, type AgencyMatcher } from '../nlu/agency-entity.ts';
import { loadIntentCatalog, type IntentCatalog } from '../nlu/intent-catalog.ts';
import { loadMetricCatalog, type MetricCatalog, type MetricDefinition } from '../nlu/metric-catalog.ts';
import { buildMetricMatcher, type MetricMatcher } from '../nlu/metric-entity.ts';
import { loadAnswerConfig, type AnswerConfig } from './answer-config.ts';

/** Everything built once per engine: matchers, catalogues and the list of reports. */
export interface NluKit {
  source: FactSource;
  reports: ReportSummary[];
  /** Agencies with reports, in a stable order (by name). */
  agencies: string[];
  /** Year of the newest report: what 今年/去年 count from. */
  latestYear: number;
  agencyMatcher: AgencyMatcher;
  metricMatcher: MetricMatcher;
  catalog: MetricCatalog;
  metricDefs: Map<string, MetricDefinition>;
  intents: IntentCatalog;
  config: AnswerConfig;
  /** Dimension keys each metric is broken down by anywhere in the store (cached per metric). */
  dimKeysOf(metric: string): Set<string>;
  /** Catalogue metrics (not "figure") whose facts in the store carry dimension = value. */
  metricsWithDim(dim: string, value: string): string[];
}

export function buildNluKit(source: FactSource): NluKit {
  const reports = source.reports();
  const catalog = loadMetricCatalog();
  const dimCache = new Map<string, Set<string>>();
  const withDimCache = new Map<string, string[]>();
  return {
    source,
    reports,
    agencies: [...new Set(reports.map((r) => r.agency))].sort((a, b) => a.localeCompare(b, 'zh')),
    latestYear: Math.max(0, ...reports.map((r) => r.year)),
    // Built once from the store: agency + the aliases each report uses for itself.
    agencyMatcher: buildAgencyMatcher(reports.map((r) => ({ name: r.agency, aliases: r.agencyAliases }))),
    metricMatcher: buildMetricMatcher(catalog),
    catalog,
    metricDefs: new Map(catalog.metrics.map((m) => [m.key, m])),
    intents: loadIntentCatalog(),
    config: loadAnswerConfig(),
    metricsWithDim(dim, value) {
      const key = `${dim}=${value}`;
      let metrics = withDimCache.get(key);
      if (!metrics) {
        metrics = [...new Set(source.metricDims().filter((f) => f.metric !== 'figure' && f.dims[dim] === value).map((f) => f.metric))];
        withDimCache.set(key, metrics);
      }
      return metrics;
    },
    dimKeysOf(metric) {
      let keys = dimCache.get(metric);
      if (!keys) {
        keys = new Set(source.metricDims().filter((f) => f.metric === metric).flatMap((f) => Object.keys(f.dims)));
        dimCache.set(metric, keys);
      }
      return keys;
    },
  };
}

/** The report of one agency for one year, if the store has it. */
export function reportOf(kit: NluKit, agency: string, year: number): ReportSummary | undefined {
  return kit.reports.find((r) => r.agency === agency && r.year === year);
}

/** Years an agency has reports for, ascending. */
export function yearsOf(kit: NluKit, agency: string): number[] {
  return [...new Set(kit.reports.filter((r) => r.agency === agency).map((r) => r.year))].sort((a, b) => a - b);
}

/** Agencies with a report for a year. */
export function agenciesIn(kit: NluKit, year: number): string[] {
  return kit.agencies.filter((a) => reportOf(kit, a, year));
}

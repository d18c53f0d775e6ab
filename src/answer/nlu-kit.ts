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
  /** Lookups over `reports` built once: a question must not scan every report (15,000 at city scale). */
  index: ReportIndex;
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
  /** A result that depends only on the store, kept for the most recent `max` keys of its kind. */
  memo<T>(kind: string, key: string, max: number, compute: () => T): T;
}

export interface ReportIndex {
  byAgencyYear: Map<string, ReportSummary>;
  /** Each agency's years, ascending. */
  yearsByAgency: Map<string, number[]>;
  /** Each year's agencies, in the order of `agencies`. */
  agenciesByYear: Map<number, string[]>;
  reportsByYear: Map<number, ReportSummary[]>;
  /** Every year with a report, ascending. */
  years: number[];
}

const keyOf = (agency: string, year: number) => `${agency}\u0000${year}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexReports(reports: ReportSummary[], agencies: string[]): ReportIndex {
  const byAgencyYear = new Map<string, ReportSummary>();
  const yearsByAgency = new Map<string, number[]>();
  const reportsByYear = new Map<number, ReportSummary[]>();
  for (const r of reports) {
    byAgencyYear.set(keyOf(r.agency, r.year), r);
    push(yearsByAgency, r.agency, r.year);
    push(reportsByYear, r.year, r);
  }
  for (const [agency, years] of yearsByAgency) yearsByAgency.set(agency, [...new Set(years)].sort((a, b) => a - b));
  const agenciesByYear = new Map<number, string[]>();
  for (const agency of agencies) for (const year of yearsByAgency.get(agency) ?? []) push(agenciesByYear, year, agency);
  return { byAgencyYear, yearsByAgency, agenciesByYear, reportsByYear, years: [...reportsByYear.keys()].sort((a, b) => a - b) };
}

/** Per-kind maps in insertion order: a hit moves its key to the end, the oldest goes first. */
function buildMemo(): NluKit['memo'] {
  const kinds = new Map<string, Map<string, unknown>>();
  return <T>(kind: string, key: string, max: number, compute: () => T): T => {
    const map = kinds.get(kind) ?? new Map<string, unknown>();
    kinds.set(kind, map);
    if (map.has(key)) {
      const hit = map.get(key) as T;
      map.delete(key);
      map.set(key, hit);
      return hit;
    }
    const value = compute();
    if (max > 0) map.set(key, value);
    for (const oldest of map.keys()) {
      if (map.size <= max) break;
      map.delete(oldest);
    }
    return value;
  };
}

export function buildNluKit(source: FactSource): NluKit {
  const reports = source.reports();
  const agencies = [...new Set(reports.map((r) => r.agency))].sort((a, b) => a.localeCompare(b, 'zh'));
  const catalog = loadMetricCatalog();
  const dimCache = new Map<string, Set<string>>();
  const withDimCache = new Map<string, string[]>();
  return {
    source,
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
    config: loadAnswerConfig(),
    memo: buildMemo(),
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
  return kit.index.byAgencyYear.get(keyOf(agency, year));
}

/** Years an agency has reports for, ascending. */
export function yearsOf(kit: NluKit, agency: string): number[] {
  return kit.index.yearsByAgency.get(agency) ?? [];
}

/** Agencies with a report for a year. */
export function agenciesIn(kit: NluKit, year: number): string[] {
  return kit.index.agenciesByYear.get(year) ?? [];
}

/** Reports of one year. */
export function reportsIn(kit: NluKit, year: number): ReportSummary[] {
  return kit.index.reportsByYear.get(year) ?? [];
}

/** Every year with a report, ascending. */
export function allYears(kit: NluKit): number[] {
  return kit.index.years;
}

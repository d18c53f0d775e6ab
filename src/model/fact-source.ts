import type { Fact, Problem, ReportMeta } from './fact.ts';

/** A fact as the answer layer sees it: with its report's agency, year, title and file. */
export interface StoredFact extends Fact {
  id: number;
  agency: string;
  year: number;
  reportTitle: string;
  reportFile: string;
}

export interface ReportSummary extends ReportMeta {
  id: number;
  file: string;
  /** Section headings with their numbers, in order. */
  sections: string[];
  factCount: number;
}

export interface FactQuery {
  agency?: string;
  year?: number;
  /** Any of these metrics. */
  metrics?: string[];
  /** Only these fact ids (the facts behind an earlier answer). */
  ids?: number[];
  /**
   * Only facts that state no other value for these dimensions (a fact without the dimension fits):
   * a table's other rows and columns are left in the store rather than read and discarded.
   */
  compatibleWith?: Record<string, string>;
}

/** What choosing among facts looks at, without the text that cites them (cheap to read in bulk). */
export type FactCore = Pick<StoredFact, 'id' | 'agency' | 'year' | 'metric' | 'dims' | 'value' | 'unit' | 'qualifier' | 'derived'>;

/** A metric and one combination of dimensions it is stored with. */
export interface MetricDims {
  metric: string;
  dims: Record<string, string>;
}

export interface SectionRef {
  reportId: number;
  section: string;
}

export interface SectionHit {
  reportId: number;
  section: string;
  snippet: string;
}

/**
 * Everything the answer layer reads. The SQLite store implements it; so does an in-memory source
 * built from parsed reports (tests, and a store-less first run). The answer path depends only on this.
 */
export interface FactSource {
  reports(): ReportSummary[];
  facts(query: FactQuery): StoredFact[];
  /** The same facts as `facts`, without labels, quotes and sources. */
  factCores(query: FactQuery): FactCore[];
  problems(reportId: number): Problem[];
  /** The metrics a report states (distinct, from the index alone). */
  metricsOf(reportId: number): string[];
  /** The distinct quotes of a report's facts (its sentences with figures), without the facts. */
  quotesOf(reportId: number): string[];
  /** Every distinct (metric, dimensions) pair in the store: which metrics a dimension applies to. */
  metricDims(): MetricDims[];
  /** Full-text search over section text (for "what does the report say about …"). */
  searchSections(terms: string, reportId?: number): SectionHit[];
  /** Every section whose text contains `term`, in any report (one lookup, not one per report). */
  sectionsNaming(term: string): SectionRef[];
}

/** Per-chat conversation memory: last agency, year and metric, so follow-ups can reuse them. */
export interface ChatContext {
  agency?: string;
  years?: number[];
  metric?: string;
  dims?: Record<string, string>;
  /** The facts behind the last answer, for "source?" follow-ups. */
  lastFactIds?: number[];
  lastQuestion?: string;
  updatedAt: number;
}

export interface ContextStore {
  get(chat: string): ChatContext | null;
  set(chat: string, context: ChatContext): void;
}

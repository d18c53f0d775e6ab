/** What the benchmark corpus is made of: report specs, the gold facts each report states, and the reports made inconsistent on purpose. */
export type ReportFormat = 'narrative' | '2019' | '2021';
/**
 * prose: narrative text file; tab: tables flattened one cell per line with a leading TAB; markdown-*: pipe
 * tables whose spanned slots repeat the text or stay empty; html: a saved web page.
 */
export type Layout = 'prose' | 'tab' | 'markdown-repeat' | 'markdown-blank' | 'html';

/** A figure the report states, in the catalogue's terms. */
export interface StatedFact {
  metric: string;
  dims: Record<string, string>;
  value: number;
  unit: string;
  qualifier: string | null;
  scope: 'year' | 'cumulative';
  /** Which phrasing or table layout stated it, e.g. "received.after-number" or "table.tab.applications". */
  phrasing: string;
  /** The sentence or table row as generated (simplified, before damage). */
  quote: string;
}

export interface GoldFact extends StatedFact {
  file: string;
  agency: string;
  year: number;
}

/** A report whose figures break a sum on purpose: the consistency checker should flag it with `code`. */
export interface Inconsistency {
  file: string;
  agency: string;
  year: number;
  code: 'table_sum' | 'outcome_sum' | 'breakdown_sum';
  detail: string;
}

export interface ReportSpec {
  index: number;
  agency: string;
  /** Position of the agency in the corpus (its activity level and carry-over chain derive from it). */
  agencyIndex: number;
  year: number;
  format: ReportFormat;
  layout: Layout;
  traditional: boolean;
  inconsistent: boolean;
  /** Overrides the activity level derived from the agency (the small test corpus needs busy agencies). */
  activity?: 'quiet' | 'normal' | 'busy';
}

export interface GeneratedReport {
  spec: ReportSpec;
  file: string;
  content: string;
  gold: GoldFact[];
  inconsistency: Inconsistency | null;
}

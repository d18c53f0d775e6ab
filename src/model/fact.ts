/** A figure stated by a report, with where it came from. */
export interface Fact {
  /** Metric key from intents/metrics.json, or "figure" for a narrative figure no rule names. */
  metric: string;
  /** Table dimensions (applicant, outcome, route, column, channel, level, category …) as key → value key. */
  dims: Record<string, string>;
  /** The figure's label as the report words it (row label, column label, or the words before the number). */
  label: string;
  value: number;
  /** 件, 条, 起, 次, 期, 份, 万元, 元, %, … */
  unit: string;
  /** 余 / 多 / 近 / 约 / 以上 … kept apart from the value: "170余条" → 170 with qualifier 余. */
  qualifier: string | null;
  /** "year" for this statistics year, "cumulative" for running totals (累计 … 以来, 截至目前 …). */
  scope: 'year' | 'cumulative';
  /** True for a sum computed at ingest from stated cells (group subtotals); quote lists the cells. */
  derived: boolean;
  sectionNo: number;
  /** Heading with its number, e.g. "三、依申请公开政府信息情况". */
  section: string;
  /** Sub-section headings from the section down, e.g. ["（二）做好政府信息公开申请答复"]. */
  subPath: string[];
  /** The sentence or table row as published (original characters, line breaks folded). */
  quote: string;
  /** Offsets of the quoted span in the original file text (after decoding). */
  start: number;
  end: number;
  /** The page the quote starts on, for a report read from a PDF (other formats have no pages). */
  page?: number;
}

export type ProblemSeverity = 'error' | 'warning';

/** Something wrong found while reading, parsing or checking a report. Parsing never throws for these. */
export interface Problem {
  code: string;
  file: string;
  severity: ProblemSeverity;
  /** Section heading with number, or "" when the problem is about the whole file. */
  section: string;
  message: string;
  /** Short descriptions of the facts involved, e.g. "applications.received[applicant=total]=56". */
  facts?: string[];
}

export interface Section {
  no: number;
  /** Heading with its number, e.g. "七、存在的主要问题及改进措施". */
  heading: string;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
}

export interface ReportMeta {
  title: string;
  /** Canonical full name, e.g. 淄博市张店区科学技术局 → 张店区科学技术局 (district prefix kept, city dropped). */
  agency: string;
  /** Short forms the report itself uses (区科技局, 科技局, 我局 excluded). */
  agencyAliases: string[];
  /** Statistics year. */
  year: number;
  /** ISO date (YYYY-MM-DD) of the signature or publication, when present. */
  publishedOn: string | null;
  template: 'narrative' | '2019' | '2021';
}

export interface ParsedReport {
  file: string;
  meta: ReportMeta;
  sections: Section[];
  facts: Fact[];
  problems: Problem[];
  /** Normalised text (what sections index into) and the decoded original. */
  text: string;
  original: string;
}

import type { ReportSummary } from '../model/fact-source.ts';

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

/** What the lookups below read: a lexicon, or anything else holding the index. */
interface Indexed {
  index: ReportIndex;
}

const keyOf = (agency: string, year: number) => `${agency}\u0000${year}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexReports(reports: ReportSummary[], agencies: string[]): ReportIndex {
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

/** The report of one agency for one year, if the store has it. */
export function reportOf(lex: Indexed, agency: string, year: number): ReportSummary | undefined {
  return lex.index.byAgencyYear.get(keyOf(agency, year));
}

/** Years an agency has reports for, ascending. */
export function yearsOf(lex: Indexed, agency: string): number[] {
  return lex.index.yearsByAgency.get(agency) ?? [];
}

/** Agencies with a report for a year. */
export function agenciesIn(lex: Indexed, year: number): string[] {
  return lex.index.agenciesByYear.get(year) ?? [];
}

/** Reports of one year. */
export function reportsIn(lex: Indexed, year: number): ReportSummary[] {
  return lex.index.reportsByYear.get(year) ?? [];
}

/** Every year with a report, ascending. */
export function allYears(lex: Indexed): number[] {
  return lex.index.years;
}

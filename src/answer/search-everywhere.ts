import type { ReportSummary, StoredFact, FactSource } from '../model/fact-source.ts';
import { bestFigures, searchFigures } from './figure-search.ts';
import type { Lexicon } from '../nlu/lexicon.ts';
import { reportsIn } from '../nlu/report-index.ts';
import type { Plan } from './plan-question.ts';
import type { Understanding } from '../nlu/understand-question.ts';
import { loadAnswerConfig } from './answer-config.ts';

export interface ReportHit {
  report: ReportSummary;
  facts: StoredFact[];
  score: number;
}

export type EverywhereResult = { kind: 'found'; hits: ReportHit[] } | { kind: 'several'; reports: ReportSummary[] } | { kind: 'none' };

/** Headings of the sections naming `unit`, by report (null: no unit, every section counts). */
function sectionsNaming(source: FactSource, unit: string): Map<number, Set<string>> | null {
  if (!unit) return null;
  const byReport = new Map<number, Set<string>>();
  for (const hit of source.sectionsNaming(unit)) byReport.set(hit.reportId, (byReport.get(hit.reportId) ?? new Set()).add(hit.section));
  return byReport;
}

function hitsIn(lex: Lexicon, source: FactSource, reports: ReportSummary[], plan: Plan, naming: Map<number, Set<string>> | null): ReportHit[] {
  return reports
    .flatMap((report) => {
      const sections = naming?.get(report.id);
      if (naming && !sections) return [];
      const facts = source.facts({ agency: report.agency, year: report.year, metrics: ['figure'] }).filter((f) => !sections || sections.has(f.section));
      const best = bestFigures(searchFigures(facts, plan.query, lex.words.unitAliases));
      return [{ report, facts: best.map((s) => s.fact), score: best[0]?.score ?? 0 }];
    })
    .filter((h) => h.facts.length > 0)
    .sort((a, b) => b.score - a.score);
}

/** The best report among hits, or all equally good ones. */
function winner(hits: ReportHit[]): ReportHit[] {
  const top = hits[0];
  return top ? hits.filter((h) => top.score - h.score <= loadAnswerConfig().figureSearch.tieMargin) : [];
}

/**
 * A narrative question without an agency ("张店通讯编辑出版多少期"): search every report the
 * question allows (`unit`: only sections that name that unit, e.g. 区档案馆). Per asked year (or over all years when none is asked) one best report → answer
 * from it; several equally good → the caller asks which; none → nothing is guessed.
 */
export function searchEverywhere(lex: Lexicon, source: FactSource, u: Understanding, plan: Plan, unit = ''): EverywhereResult {
  const years = [...new Set(u.years.map((y) => y.year))];
  const groups = years.length > 0 ? years.map((y) => reportsIn(lex, y)) : [lex.reports];
  const naming = sectionsNaming(source, unit);
  const found: ReportHit[] = [];
  const tied: ReportSummary[] = [];
  for (const reports of groups) {
    const best = winner(hitsIn(lex, source, reports, plan, naming));
    if (best.length === 1) found.push(best[0] as ReportHit);
    if (best.length > 1) tied.push(...best.map((h) => h.report));
  }
  if (tied.length > 0) return { kind: 'several', reports: tied };
  return found.length > 0 ? { kind: 'found', hits: found } : { kind: 'none' };
}

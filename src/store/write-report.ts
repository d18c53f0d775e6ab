import type { ParsedReport, Problem } from '../model/fact.ts';
import type { Db } from './open-store.ts';
import { prepareReportStatements, type ReportStatements } from './report-statements.ts';

/**
 * Replace whatever the store holds for this file by the parsed report, in the caller's transaction.
 * Ingest passes the statements it prepared once for the run; a lone call prepares its own.
 */
export function writeReport(db: Db, report: ParsedReport, contentHash: string, st: ReportStatements = prepareReportStatements(db)): number {
  st.deleteReport.run(report.file);
  st.deleteUnattachedProblems.run(report.file);
  const { meta } = report;
  const id = Number(
    st.insertReport.run(report.file, contentHash, meta.title, meta.agency, JSON.stringify(meta.agencyAliases), meta.year, meta.publishedOn, meta.template, report.original, new Date().toISOString()).lastInsertRowid,
  );
  for (const s of report.sections) st.insertSection.run(id, s.no, s.heading, s.start, s.end, s.text);
  for (const f of report.facts) {
    st.insertFact.run(id, f.metric, JSON.stringify(f.dims), f.label, f.value, f.unit, f.qualifier, f.scope, f.derived ? 1 : 0, f.sectionNo, f.section, JSON.stringify(f.subPath), f.quote, f.start, f.end);
  }
  writeProblems(db, report.problems, id, st);
  return id;
}

export function writeProblems(db: Db, problems: Problem[], reportId: number | null, st: ReportStatements = prepareReportStatements(db)): void {
  for (const p of problems) st.insertProblem.run(reportId, p.file, p.code, p.severity, p.section, p.message, p.facts ? JSON.stringify(p.facts) : null);
}

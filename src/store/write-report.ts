import type { ParsedReport, Problem } from '../model/fact.ts';
import type { Db } from './open-store.ts';
import { prepareReportStatements, type ReportStatements } from './report-statements.ts';

/** The file a report was read from, as the folder re-scan compares it next time. */
export interface ReadFrom {
  /** sha256 of the bytes and the extractor fingerprint. */
  contentHash: string;
  size: number;
  /** null when the mtime cannot be trusted to change with the next write (see scan-report-file.ts). */
  mtimeMs: number | null;
  /** extractorFingerprint() of the code that read it. */
  extractor: string;
}

/**
 * Replace whatever the store holds for this file by the parsed report, in the caller's transaction.
 * Ingest passes the statements it prepared once for the run; a lone call prepares its own.
 */
export function writeReport(db: Db, report: ParsedReport, from: ReadFrom, st: ReportStatements = prepareReportStatements(db)): number {
  st.deleteReport.run(report.file);
  st.deleteUnattachedProblems.run(report.file);
  const { meta } = report;
  const headings = [...report.sections].sort((a, b) => a.no - b.no).map((s) => s.heading);
  const id = Number(
    st.insertReport.run(
      report.file, from.contentHash, meta.title, meta.agency, JSON.stringify(meta.agencyAliases), meta.year, meta.publishedOn, meta.template, report.original, new Date().toISOString(),
      from.size, from.mtimeMs, from.extractor, report.facts.length, JSON.stringify(headings),
    ).lastInsertRowid,
  );
  for (const s of report.sections) st.insertSection.run(id, s.no, s.heading, s.start, s.end, s.text);
  const pairs = new Map<string, [string, string]>();
  for (const f of report.facts) {
    const dims = JSON.stringify(f.dims);
    pairs.set(`${f.metric}\u0000${dims}`, [f.metric, dims]);
    st.insertFact.run(id, f.metric, dims, f.label, f.value, f.unit, f.qualifier, f.scope, f.derived ? 1 : 0, f.sectionNo, f.section, JSON.stringify(f.subPath), f.quote, f.start, f.end, f.page ?? null);
  }
  for (const [metric, dims] of pairs.values()) st.insertMetricDims.run(metric, dims);
  writeProblems(db, report.problems, id, st);
  return id;
}

export function writeProblems(db: Db, problems: Problem[], reportId: number | null, st: ReportStatements = prepareReportStatements(db)): void {
  for (const p of problems) st.insertProblem.run(reportId, p.file, p.code, p.severity, p.section, p.message, p.facts ? JSON.stringify(p.facts) : null);
}

import type { Statement } from 'better-sqlite3';
import type { Db } from './open-store.ts';

/** Every statement ingest runs per report, prepared once per run instead of once per report. */
export interface ReportStatements {
  deleteReport: Statement<[string]>;
  deleteFileProblems: Statement<[string]>;
  deleteUnattachedProblems: Statement<[string]>;
  insertReport: Statement<unknown[]>;
  insertSection: Statement<unknown[]>;
  insertFact: Statement<unknown[]>;
  insertProblem: Statement<unknown[]>;
  /** Another file holding this agency and year, and another file with the same bytes: one index each. */
  byAgencyYear: Statement<[string, number, string]>;
  byContentHash: Statement<[string, string]>;
  /** file → what the re-scan compares, for every stored report. */
  storedFiles: Statement<[]>;
  /** Files with a problem on record (failed files have no report row). */
  problemFiles: Statement<[]>;
  updateReadFrom: Statement<[number, number | null, string, string]>;
  insertMetricDims: Statement<[string, string]>;
}

export function prepareReportStatements(db: Db): ReportStatements {
  return {
    deleteReport: db.prepare<[string]>('DELETE FROM reports WHERE file = ?'),
    deleteFileProblems: db.prepare<[string]>('DELETE FROM problems WHERE file = ?'),
    deleteUnattachedProblems: db.prepare<[string]>('DELETE FROM problems WHERE file = ? AND report_id IS NULL'),
    insertReport: db.prepare(
      `INSERT INTO reports (file, content_hash, title, agency, agency_aliases, year, published_on, template, original, ingested_at,
         file_size, file_mtime_ms, extractor, fact_count, section_headings)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSection: db.prepare('INSERT INTO sections (report_id, no, heading, start, end, text) VALUES (?, ?, ?, ?, ?, ?)'),
    insertFact: db.prepare(
      `INSERT INTO facts (report_id, metric, dims, label, value, unit, qualifier, scope, derived, section_no, section, sub_path, quote, start, end, page)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertProblem: db.prepare('INSERT INTO problems (report_id, file, code, severity, section, message, facts) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    byAgencyYear: db.prepare<[string, number, string]>('SELECT file, content_hash, agency, year FROM reports WHERE agency = ? AND year = ? AND file <> ?'),
    byContentHash: db.prepare<[string, string]>('SELECT file, content_hash, agency, year FROM reports WHERE content_hash = ? AND file <> ?'),
    storedFiles: db.prepare<[]>('SELECT file, content_hash, file_size, file_mtime_ms, extractor FROM reports'),
    problemFiles: db.prepare<[]>('SELECT DISTINCT file FROM problems'),
    insertMetricDims: db.prepare<[string, string]>('INSERT OR IGNORE INTO metric_dims (metric, dims) VALUES (?, ?)'),
    updateReadFrom: db.prepare<[number, number | null, string, string]>('UPDATE reports SET file_size = ?, file_mtime_ms = ?, extractor = ? WHERE file = ?'),
  };
}

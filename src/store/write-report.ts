import type { ParsedReport, Problem } from '../model/fact.ts';
import type { Db } from './open-store.ts';

/** Replace whatever the store holds for this file by the parsed report, in the caller's transaction. */
export function writeReport(db: Db, report: ParsedReport, contentHash: string): number {
  db.prepare('DELETE FROM reports WHERE file = ?').run(report.file);
  db.prepare('DELETE FROM problems WHERE file = ? AND report_id IS NULL').run(report.file);
  const { meta } = report;
  const id = Number(
    db.prepare(
      `INSERT INTO reports (file, content_hash, title, agency, agency_aliases, year, published_on, template, original, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(report.file, contentHash, meta.title, meta.agency, JSON.stringify(meta.agencyAliases), meta.year, meta.publishedOn, meta.template, report.original, new Date().toISOString()).lastInsertRowid,
  );
  const section = db.prepare('INSERT INTO sections (report_id, no, heading, start, end, text) VALUES (?, ?, ?, ?, ?, ?)');
  for (const s of report.sections) section.run(id, s.no, s.heading, s.start, s.end, s.text);
  const fact = db.prepare(
    `INSERT INTO facts (report_id, metric, dims, label, value, unit, qualifier, scope, derived, section_no, section, sub_path, quote, start, end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of report.facts) {
    fact.run(id, f.metric, JSON.stringify(f.dims), f.label, f.value, f.unit, f.qualifier, f.scope, f.derived ? 1 : 0, f.sectionNo, f.section, JSON.stringify(f.subPath), f.quote, f.start, f.end);
  }
  writeProblems(db, report.problems, id);
  return id;
}

export function writeProblems(db: Db, problems: Problem[], reportId: number | null): void {
  const insert = db.prepare('INSERT INTO problems (report_id, file, code, severity, section, message, facts) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const p of problems) insert.run(reportId, p.file, p.code, p.severity, p.section, p.message, p.facts ? JSON.stringify(p.facts) : null);
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Problem } from '../model/fact.ts';
import { parseReportText } from '../ingest/parse-report.ts';
import { REPORT_EXTENSIONS } from '../ingest/read-report.ts';
import type { Db } from './open-store.ts';
import { checkAcrossReports } from './check-across-reports.ts';
import { readReportBytes } from './read-report-bytes.ts';
import { BATCH_LIMITS, ReportBatch, type BatchLimits } from './report-batch.ts';
import { extractorFingerprint } from './extractor-fingerprint.ts';
import { prepareReportStatements, type ReportStatements } from './report-statements.ts';
import { writeProblems, writeReport } from './write-report.ts';

export interface IngestSummary {
  loaded: string[];
  unchanged: string[];
  failed: { file: string; problems: Problem[] }[];
  removed: string[];
  /** Totals of what the store holds after the run. */
  reports: number;
  sections: number;
  facts: number;
  problems: number;
}

function reportFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => REPORT_EXTENSIONS.includes(extname(name).toLowerCase()) || !name.startsWith('.'))
    .filter((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.isFile() ?? false)
    .sort();
}

/** The file's bytes and the extractor that read them: either changing means the facts may change. */
function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).update(extractorFingerprint()).digest('hex');
}

interface Existing {
  file: string;
  content_hash: string;
  agency: string;
  year: number;
}

/** Another file already holds this agency and year, or the same bytes: report it, don't count twice. */
function duplicateOf(st: ReportStatements, file: string, agency: string, year: number, hash: string): Existing | undefined {
  // Two lookups, each on its own index (an OR of the two would scan the table).
  return (st.byAgencyYear.get(agency, year, file) ?? st.byContentHash.get(hash, file)) as Existing | undefined;
}

/** Runs one report's writes atomically: a savepoint in the open batch, or a transaction of its own. */
type Write = (work: () => void) => void;

function fail(write: Write, db: Db, st: ReportStatements, summary: IngestSummary, file: string, problems: Problem[]): void {
  write(() => {
    st.deleteUnattachedProblems.run(file);
    writeProblems(db, problems, null, st);
  });
  summary.failed.push({ file, problems });
}

function ingestFile(write: Write, db: Db, st: ReportStatements, dir: string, file: string, summary: IngestSummary): void {
  const path = join(dir, file);
  // Read once, for the hash and (if the file changed) for its text. A file that cannot be read
  // throws here, as hashing it did before, and fails as ingest_failed.
  const bytes = readFileSync(path);
  const hash = hashOf(bytes);
  const stored = st.contentHashOf.get(file) as { content_hash: string } | undefined;
  if (stored?.content_hash === hash) {
    summary.unchanged.push(file);
    return;
  }
  const read = readReportBytes(path, bytes);
  if (!read.ok) return fail(write, db, st, summary, file, [read.problem]);
  const { report, problems } = parseReportText(read.file, read.text);
  if (!report) return fail(write, db, st, summary, file, problems);
  const twin = duplicateOf(st, file, report.meta.agency, report.meta.year, hash);
  if (twin) {
    const message = `${report.meta.agency} ${report.meta.year} is already loaded from ${twin.file}; this file was skipped so nothing is counted twice`;
    return fail(write, db, st, summary, file, [{ code: 'duplicate_report', file, severity: 'error', section: '', message }]);
  }
  // Atomic per report: a failure leaves the previous version of this report as it was.
  write(() => writeReport(db, report, hash, st));
  summary.loaded.push(file);
}

/** One file, with any error it throws recorded as its problem (unless it cost the whole batch). */
function ingestOrFail(write: Write, batch: ReportBatch, db: Db, st: ReportStatements, dir: string, file: string, summary: IngestSummary): void {
  try {
    ingestFile(write, db, st, dir, file, summary);
  } catch (err) {
    if (batch.lost) throw err;
    const message = err instanceof Error ? err.message : String(err);
    fail(write, db, st, summary, file, [{ code: 'ingest_failed', file, severity: 'error', section: '', message: `could not load this file: ${message}` }]);
  }
}

interface Marks {
  loaded: number;
  unchanged: number;
  failed: number;
}
const marksOf = (s: IngestSummary): Marks => ({ loaded: s.loaded.length, unchanged: s.unchanged.length, failed: s.failed.length });
function rewind(s: IngestSummary, m: Marks): void {
  s.loaded.length = m.loaded;
  s.unchanged.length = m.unchanged;
  s.failed.length = m.failed;
}

/**
 * Every file, in order, written in batches (see ReportBatch). When SQLite rolls back a whole batch
 * (or its commit fails), the batch's files are done again, each in a transaction of its own, so each
 * one's outcome is decided alone and the summary says what the store really holds.
 */
function ingestFiles(db: Db, st: ReportStatements, dir: string, files: string[], summary: IngestSummary, limits: BatchLimits): void {
  const batch = new ReportBatch(db, limits);
  const alone: Write = (work) => db.transaction(work).immediate();
  const batched: Write = (work) => batch.write(work);
  let start = 0; // first file of the open batch
  let marks = marksOf(summary);
  let aloneUntil = -1; // files up to here are being redone one transaction each
  let i = 0;
  const redo = (upTo: number): void => {
    batch.abandon();
    rewind(summary, marks);
    aloneUntil = upTo;
    i = start;
  };
  while (i < files.length) {
    const file = files[i] as string;
    const isAlone = i <= aloneUntil;
    try {
      ingestOrFail(isAlone ? alone : batched, batch, db, st, dir, file, summary);
    } catch (err) {
      if (isAlone || !batch.lost) throw err;
      redo(i);
      continue;
    }
    i++;
    if (batch.due || i === files.length) {
      try {
        batch.commit();
      } catch {
        redo(i - 1);
        continue;
      }
    }
    if (!batch.isOpen) {
      start = i;
      marks = marksOf(summary);
    }
  }
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** Bring the store in line with the report folder: load new and changed files, drop removed ones. */
export function ingestReports(db: Db, dir: string, options: { batch?: BatchLimits } = {}): IngestSummary {
  const summary: IngestSummary = { loaded: [], unchanged: [], failed: [], removed: [], reports: 0, sections: 0, facts: 0, problems: 0 };
  const files = reportFiles(dir);
  const st = prepareReportStatements(db);
  ingestFiles(db, st, dir, files, summary, options.batch ?? BATCH_LIMITS);
  const present = new Set(files);
  const gone = (db.prepare('SELECT DISTINCT file FROM problems UNION SELECT file FROM reports').all() as { file: string }[]).map((r) => r.file).filter((f) => !present.has(f));
  db.transaction(() => {
    for (const file of gone) {
      st.deleteReport.run(file);
      st.deleteFileProblems.run(file);
    }
  })();
  summary.removed = gone;
  checkAcrossReports(db);
  Object.assign(summary, { reports: count(db, 'reports'), sections: count(db, 'sections'), facts: count(db, 'facts'), problems: count(db, 'problems') });
  return summary;
}

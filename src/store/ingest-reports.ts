import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Problem } from '../model/fact.ts';
import { REPORT_EXTENSIONS } from '../ingest/read-report.ts';
import type { Db } from './open-store.ts';
import { checkAcrossReports } from './check-across-reports.ts';
import { mergeAgencyNames } from './merge-agency-names.ts';
import { BATCH_LIMITS, ReportBatch, type BatchLimits } from './report-batch.ts';
import { extractorFingerprint } from './extractor-fingerprint.ts';
import { prepareReportStatements, type ReportStatements } from './report-statements.ts';
import { ReportScanner, type ParseThreadChoice } from './report-scanner.ts';
import type { Listed, ScanContext, Stored } from './scan-report-file.ts';
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

function reportFiles(dir: string): Listed[] {
  const listed: Listed[] = [];
  for (const name of readdirSync(dir).filter((n) => REPORT_EXTENSIONS.includes(extname(n).toLowerCase()) || !n.startsWith('.'))) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat?.isFile()) listed.push({ file: name, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  return listed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Everything one run needs, prepared once. */
interface Run extends ScanContext {
  db: Db;
  st: ReportStatements;
  summary: IngestSummary;
  scanner: ReportScanner;
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

function fail(write: Write, { db, st, summary }: Run, file: string, problems: Problem[]): void {
  write(() => {
    st.deleteUnattachedProblems.run(file);
    writeProblems(db, problems, null, st);
  });
  summary.failed.push({ file, problems });
}

function ingestFile(write: Write, run: Run, i: number, file: string): void {
  const { db, st, summary } = run;
  const scanned = run.scanner.take(i);
  // A file that cannot be read fails as ingest_failed, with the error reading it gave.
  if (scanned.kind === 'unreadable') throw scanned.error;
  if (scanned.kind === 'unchanged') {
    summary.unchanged.push(file);
    return;
  }
  const { from } = scanned;
  if (scanned.kind === 'same-bytes') {
    // Touched, or first seen since migration 4: same bytes, so only the stats the next run compares change.
    const { stored } = scanned;
    if (stored.file_size !== from.size || stored.file_mtime_ms !== from.mtimeMs || stored.extractor !== from.extractor) {
      write(() => st.updateReadFrom.run(from.size, from.mtimeMs, from.extractor, file));
    }
    summary.unchanged.push(file);
    return;
  }
  const { report, problems } = run.scanner.parse(i, scanned);
  if (!report) return fail(write, run, file, problems);
  const twin = duplicateOf(st, file, report.meta.agency, report.meta.year, from.contentHash);
  if (twin) {
    const message = `${report.meta.agency} ${report.meta.year} is already loaded from ${twin.file}; this file was skipped so nothing is counted twice`;
    return fail(write, run, file, [{ code: 'duplicate_report', file, severity: 'error', section: '', message }]);
  }
  // Atomic per report: a failure leaves the previous version of this report as it was.
  write(() => writeReport(db, report, from, st));
  summary.loaded.push(file);
}

/** One file, with any error it throws recorded as its problem (unless it cost the whole batch). */
function ingestOrFail(write: Write, batch: ReportBatch, run: Run, i: number, file: string): void {
  try {
    ingestFile(write, run, i, file);
  } catch (err) {
    if (batch.lost) throw err;
    const message = err instanceof Error ? err.message : String(err);
    fail(write, run, file, [{ code: 'ingest_failed', file, severity: 'error', section: '', message: `could not load this file: ${message}` }]);
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
function ingestFiles(run: Run, files: Listed[], limits: BatchLimits): void {
  const { db, summary } = run;
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
    const isAlone = i <= aloneUntil;
    try {
      ingestOrFail(isAlone ? alone : batched, batch, run, i, (files[i] as Listed).file);
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

function rebuildMetricDims(db: Db): void {
  db.transaction(() => db.exec('DELETE FROM metric_dims; INSERT INTO metric_dims (metric, dims) SELECT DISTINCT metric, dims FROM facts;'))();
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * Bring the store in line with the report folder: load new and changed files, drop removed ones. A file
 * with the size and mtime it had when the current extractor read it is unchanged without being read;
 * any other file is hashed (bytes and extractor fingerprint) and re-read only if the hash changed.
 */
export interface IngestOptions {
  /** Reports per commit (see ReportBatch). */
  batch?: BatchLimits;
  /** Parse on a second thread while this one writes: by default when there are enough files to read. */
  parseThread?: ParseThreadChoice;
}

export function ingestReports(db: Db, dir: string, options: IngestOptions = {}): IngestSummary {
  const summary: IngestSummary = { loaded: [], unchanged: [], failed: [], removed: [], reports: 0, sections: 0, facts: 0, problems: 0 };
  const startedAt = Date.now();
  const files = reportFiles(dir);
  const st = prepareReportStatements(db);
  const stored = new Map((st.storedFiles.all() as (Stored & { file: string })[]).map((r) => [r.file, r]));
  const ctx: ScanContext = { dir, stored, fingerprint: extractorFingerprint(), startedAt };
  const scanner = new ReportScanner(ctx, files, options.parseThread);
  try {
    ingestFiles({ ...ctx, db, st, summary, scanner }, files, options.batch ?? BATCH_LIMITS);
  } finally {
    scanner.close();
  }
  const present = new Set(files.map((f) => f.file));
  // Reports of files no longer there (every report written in this run is of a listed file), and the
  // problems of files no longer there.
  const problemFiles = (st.problemFiles.all() as { file: string }[]).map((r) => r.file);
  const gone = [...new Set([...problemFiles, ...stored.keys()])].filter((f) => !present.has(f)).sort();
  if (gone.length > 0) {
    db.transaction(() => {
      for (const file of gone) {
        st.deleteReport.run(file);
        st.deleteFileProblems.run(file);
      }
    })();
  }
  summary.removed = gone;
  // writeReport adds pairs; a report replaced or removed may take the last fact of a pair with it.
  if (gone.length > 0 || summary.loaded.some((file) => stored.has(file))) rebuildMetricDims(db);
  mergeAgencyNames(db);
  checkAcrossReports(db);
  Object.assign(summary, { reports: count(db, 'reports'), sections: count(db, 'sections'), facts: count(db, 'facts'), problems: count(db, 'problems') });
  return summary;
}

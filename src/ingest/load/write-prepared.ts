import type { Problem } from '../../model/fact.ts';
import type { Db } from '../../store/open-store.ts';
import type { ReportBatch } from '../../store/report-batch.ts';
import type { ReportStatements } from '../../store/report-statements.ts';
import { writeProblems, writeReport } from '../../store/write-report.ts';
import type { IngestSummary } from './ingest-summary.ts';
import type { Prepared } from './report-scanner.ts';

/** What writing a run's files needs, prepared once. */
export interface WriteRun {
  db: Db;
  st: ReportStatements;
  summary: IngestSummary;
  batch: ReportBatch;
}

/** A file of the run with what reading and parsing it gave. */
export interface PreparedFile {
  file: string;
  prepared: Prepared;
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

function fail(write: Write, { db, st, summary }: WriteRun, file: string, problems: Problem[]): void {
  write(() => {
    st.deleteUnattachedProblems.run(file);
    writeProblems(db, problems, null, st);
  });
  summary.failed.push({ file, problems });
}

function writeFile(write: Write, run: WriteRun, { file, prepared }: PreparedFile): void {
  const { db, st, summary } = run;
  // A file that cannot be read or parsed fails as ingest_failed, with the error it gave.
  if (prepared.kind === 'failed') throw prepared.error;
  if (prepared.kind === 'refused') return fail(write, run, file, [prepared.problem]);
  if (prepared.kind === 'unchanged') {
    summary.unchanged.push(file);
    return;
  }
  const { from } = prepared;
  if (prepared.kind === 'same-bytes') {
    // Touched, or first seen since migration 4: same bytes, so only the stats the next run compares change.
    const { stored } = prepared;
    if (stored.file_size !== from.size || stored.file_mtime_ms !== from.mtimeMs || stored.extractor !== from.extractor) {
      write(() => st.updateReadFrom.run(from.size, from.mtimeMs, from.extractor, file));
    }
    summary.unchanged.push(file);
    return;
  }
  const { report, problems } = prepared.parsed;
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
function writeOrFail(write: Write, run: WriteRun, item: PreparedFile): void {
  try {
    writeFile(write, run, item);
  } catch (err) {
    if (run.batch.lost) throw err;
    const message = err instanceof Error ? err.message : String(err);
    fail(write, run, item.file, [{ code: 'ingest_failed', file: item.file, severity: 'error', section: '', message: `could not load this file: ${message}` }]);
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
 * Files already read and parsed, written in order in batches (see ReportBatch), without waiting on
 * anything: every batch is committed before this returns. When SQLite rolls back a whole batch (or its
 * commit fails), the batch's files are done again, each in a transaction of its own, so each one's
 * outcome is decided alone and the summary says what the store really holds.
 */
export function writePrepared(run: WriteRun, items: readonly PreparedFile[]): void {
  const { db, summary, batch } = run;
  const alone: Write = (work) => db.transaction(work).immediate();
  const batched: Write = (work) => batch.write(work);
  let start = 0; // first item of the open batch
  let marks = marksOf(summary);
  let aloneUntil = -1; // items up to here are being redone one transaction each
  let i = 0;
  const redo = (upTo: number): void => {
    batch.abandon();
    rewind(summary, marks);
    aloneUntil = upTo;
    i = start;
  };
  while (i < items.length) {
    const isAlone = i <= aloneUntil;
    try {
      writeOrFail(isAlone ? alone : batched, run, items[i] as PreparedFile);
    } catch (err) {
      if (isAlone || !batch.lost) throw err;
      redo(i);
      continue;
    }
    i++;
    if (batch.due || i === items.length) {
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

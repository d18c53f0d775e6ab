import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../../store/open-store.ts';
import { BATCH_LIMITS, ReportBatch, type BatchLimits } from '../../store/report-batch.ts';
import { prepareReportStatements, type ReportStatements } from '../../store/report-statements.ts';
import { REPORT_EXTENSIONS } from '../read-report.ts';
import { checkAcrossReports } from './check-across-reports.ts';
import { extractorFingerprint } from './extractor-fingerprint.ts';
import { emptySummary, type IngestProgress, type IngestSummary } from './ingest-summary.ts';
import { mergeAgencyNames } from './merge-agency-names.ts';
import { ReportScanner, type ParseThreadChoice } from './report-scanner.ts';
import type { Listed, ScanContext, Stored } from './scan-report-file.ts';
import { writePrepared, type PreparedFile, type WriteRun } from './write-prepared.ts';

export type { IngestProgress, IngestSummary } from './ingest-summary.ts';

export interface IngestOptions {
  /** Reports per commit (see ReportBatch). */
  batch?: BatchLimits;
  /** Parse on a second thread while this one writes: by default when there are enough files to read. */
  parseThread?: ParseThreadChoice;
  /** Called after each batch is committed. */
  onProgress?: (progress: IngestProgress) => void;
}

async function reportFiles(dir: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  for (const name of (await readdir(dir)).filter((n) => REPORT_EXTENSIONS.includes(extname(n).toLowerCase()) || !n.startsWith('.'))) {
    const stats = await stat(join(dir, name)).catch(() => null);
    if (stats?.isFile()) listed.push({ file: name, size: stats.size, mtimeMs: stats.mtimeMs });
  }
  return listed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * The next files of the run, read and parsed, up to a batch's worth of files to write (or its time).
 * They are all in hand before the batch is written, so no transaction stays open across an await:
 * another connection of this process (the bot's chat context) waiting on the write lock would hold the
 * event loop the commit needs.
 */
async function nextBatch(scanner: ReportScanner, files: Listed[], from: number, limits: BatchLimits): Promise<PreparedFile[]> {
  const items: PreparedFile[] = [];
  const began = performance.now();
  let writes = 0;
  for (let i = from; i < files.length && writes < limits.maxReports && (writes === 0 || performance.now() - began < limits.maxMs); i++) {
    const item = { file: (files[i] as Listed).file, prepared: await scanner.take(i) };
    items.push(item);
    if (item.prepared.kind !== 'unchanged') writes++;
  }
  return items;
}

/** Files no longer in the folder: their reports and problems go (every report written in this run is of a listed file). */
function dropGone(db: Db, st: ReportStatements, files: Listed[], stored: Map<string, Stored>): string[] {
  const present = new Set(files.map((f) => f.file));
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
  return gone;
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
 * Files are read and parsed while the event loop keeps running (on a parser thread when there are many),
 * so a bot answering from another connection goes on answering during a reload.
 */
export async function ingestFolder(db: Db, dir: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary = emptySummary();
  const startedAt = Date.now();
  const files = await reportFiles(dir);
  const st = prepareReportStatements(db);
  const stored = new Map((st.storedFiles.all() as (Stored & { file: string })[]).map((r) => [r.file, r]));
  const ctx: ScanContext = { dir, stored, fingerprint: extractorFingerprint(), startedAt };
  const limits = options.batch ?? BATCH_LIMITS;
  const run: WriteRun = { db, st, summary, batch: new ReportBatch(db, limits) };
  const scanner = new ReportScanner(ctx, files, options.parseThread);
  try {
    for (let done = 0; done < files.length; ) {
      const items = await nextBatch(scanner, files, done, limits);
      writePrepared(run, items);
      done += items.length;
      options.onProgress?.({ done, total: files.length, loaded: summary.loaded.length, failed: summary.failed.length });
      await nextTurn();
    }
  } finally {
    scanner.close();
  }
  summary.removed = dropGone(db, st, files, stored);
  // writeReport adds pairs; a report replaced or removed may take the last fact of a pair with it.
  if (summary.removed.length > 0 || summary.loaded.some((file) => stored.has(file))) rebuildMetricDims(db);
  mergeAgencyNames(db);
  checkAcrossReports(db);
  Object.assign(summary, { reports: count(db, 'reports'), sections: count(db, 'sections'), facts: count(db, 'facts'), problems: count(db, 'problems') });
  return summary;
}

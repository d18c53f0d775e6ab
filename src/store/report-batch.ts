import type { Db } from './open-store.ts';

export interface BatchLimits {
  /** Commit after this many reports … */
  maxReports: number;
  /** … or once the batch has been open this long, whichever comes first. */
  maxMs: number;
}

/**
 * Default limits, measured at 1,500 reports (commit time summed over the run): one commit per report
 * 3.2 s, every 10 reports 0.95 s, every 200 reports 0.55 s. Most of a commit's cost is the hot index
 * and FTS pages it writes to the WAL, so 10-15 reports take most of the gain; larger batches would save
 * another ~0.3 ms a report, but make a run's progress coarser: a kill -9 loses (and the next run redoes)
 * up to a batch, and test/stress/ingest-kill.test.ts kills a 300-report run once 285 have committed and
 * needs it still running then: with 15 reports a batch, the commit at 285 leaves the same 15 reports
 * before the end as one commit per report did. The time cap bounds how long another writer (the bot's
 * chat context, from another process) waits for the lock when reports are slow: a batch is not
 * committed in the middle of one report's parse, so the wait is at most maxMs plus one report.
 */
export const BATCH_LIMITS: BatchLimits = { maxReports: 15, maxMs: 200 };

/**
 * Ingest's writes, grouped into one transaction per batch of reports, each report's writes in a
 * SAVEPOINT of its own (better-sqlite3's nested transaction): a report that throws rolls back to its
 * savepoint, so it leaves the store as it was and the other reports of the batch still commit. A
 * report is never committed in part, so a crash leaves every report at its old or its new version.
 *
 * A few SQLite errors (disk full, I/O, out of memory, RAISE(ROLLBACK)) can roll back the whole
 * transaction instead of the statement; `lost` says so, and the caller redoes the batch's reports.
 */
export class ReportBatch {
  private open = false;
  private openedAt = 0;
  private reports = 0;
  private readonly inSavepoint: (work: () => void) => void;
  private readonly begin;
  private readonly commitStatement;

  constructor(
    private readonly db: Db,
    private readonly limits: BatchLimits = BATCH_LIMITS,
  ) {
    this.inSavepoint = db.transaction((work: () => void) => work());
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commitStatement = db.prepare('COMMIT');
  }

  /** Run one report's writes atomically, inside the open batch (opening one if needed). */
  write(work: () => void): void {
    if (!this.open) {
      this.begin.run();
      this.open = true;
      this.openedAt = performance.now();
      this.reports = 0;
    }
    this.inSavepoint(work);
    this.reports++;
  }

  /** True when SQLite rolled back the whole batch transaction (not only the failing report). */
  get lost(): boolean {
    return this.open && !this.db.inTransaction;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Time to commit: the batch is full or has been open long enough. */
  get due(): boolean {
    return this.open && (this.reports >= this.limits.maxReports || performance.now() - this.openedAt >= this.limits.maxMs);
  }

  /** Commit the open batch. If the commit fails, the batch is rolled back and the error thrown. */
  commit(): void {
    if (!this.open) return;
    this.open = false;
    if (!this.db.inTransaction) throw new Error('the batch transaction was rolled back before it could commit');
    try {
      this.commitStatement.run();
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  /** Forget a batch SQLite already rolled back (or roll back one still open). */
  abandon(): void {
    if (this.open && this.db.inTransaction) this.db.exec('ROLLBACK');
    this.open = false;
  }
}

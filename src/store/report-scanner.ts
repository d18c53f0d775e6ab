import type { ParseResult } from '../ingest/parse-report.ts';
import { parseReportBytes } from './parse-report-bytes.ts';
import { ReportParserThread } from './report-parser-thread.ts';
import { needsReading, scanReportFile, type Listed, type ScanContext, type Scanned } from './scan-report-file.ts';

/** Below this many files to read, starting a parser thread costs more than it saves. */
const THREAD_MIN_FILES = 32;
/** Files the parser thread may have queued; files scanned ahead of the writer. */
const MAX_JOBS = 8;
const MAX_AHEAD = 256;
/** A larger file is parsed here: copying its parse back from the thread would cost more memory than it saves time. */
const MAX_THREAD_BYTES = 4 * 1024 * 1024;

export type ParseThreadChoice = 'auto' | 'always' | 'never';

/**
 * The files of a run, scanned (pre-check, read, hash) in order and, with a parser thread, ahead of the
 * writer, so that the thread parses the next changed files while ingest writes the current one. Each
 * file's scan and parse are the same wherever they ran; ingest takes them in file order.
 */
export class ReportScanner {
  private readonly ahead = new Map<number, Scanned>();
  /** Files submitted to the parser thread whose parse has not been taken yet. */
  private readonly pending = new Set<number>();
  private next = 0;
  private readonly thread: ReportParserThread | null;

  constructor(
    private readonly ctx: ScanContext,
    private readonly files: readonly Listed[],
    choice: ParseThreadChoice = 'auto',
  ) {
    const wanted = choice === 'always' || (choice === 'auto' && files.filter((f) => needsReading(ctx, f)).length >= THREAD_MIN_FILES);
    this.thread = wanted ? ReportParserThread.start() : null;
  }

  /** The scan of file `i`: done ahead if it was, else now (also for a file taken before, when a batch is redone). */
  take(i: number): Scanned {
    if (this.thread) this.fill(i);
    const scanned = this.ahead.get(i);
    if (!scanned) return scanReportFile(this.ctx, this.files[i] as Listed);
    this.ahead.delete(i);
    return scanned;
  }

  /** The parse of changed file `i`: the thread's if it parsed it, else done here. Throws what the parser throws. */
  parse(i: number, scanned: Extract<Scanned, { kind: 'changed' }>): ParseResult {
    if (this.thread && this.pending.delete(i)) {
      const result = this.thread.result(i);
      if (result) return result;
    }
    return parseReportBytes(scanned.path, scanned.bytes);
  }

  private fill(i: number): void {
    const thread = this.thread as ReportParserThread;
    while (this.next < this.files.length && this.next <= i + MAX_AHEAD && (this.next <= i || this.pending.size < MAX_JOBS)) {
      const scanned = scanReportFile(this.ctx, this.files[this.next] as Listed);
      if (scanned.kind === 'changed' && scanned.bytes.length <= MAX_THREAD_BYTES && thread.submit(this.next, scanned.path, scanned.bytes)) this.pending.add(this.next);
      this.ahead.set(this.next, scanned);
      this.next++;
    }
  }

  close(): void {
    this.thread?.close();
  }
}

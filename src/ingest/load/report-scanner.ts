import type { ParseResult } from '../parse-report.ts';
import { parseReportBytes } from './parse-report-bytes.ts';
import { ReportParserThread } from './report-parser-thread.ts';
import { needsReading, scanReportFile, type Listed, type ScanContext, type Scanned } from './scan-report-file.ts';
import type { ReadFrom } from '../../store/write-report.ts';

/** Below this many files to read, starting a parser thread costs more than it saves. */
const THREAD_MIN_FILES = 32;
/** Files read and handed to the parser thread ahead of the one ingest is writing. */
const MAX_AHEAD = 8;
/** A larger file is parsed here: copying its parse back from the thread would cost more memory than it saves time. */
const MAX_THREAD_BYTES = 4 * 1024 * 1024;

export type ParseThreadChoice = 'auto' | 'always' | 'never';

/** A file of the run, read and parsed, ready to be written: everything ingest needs without waiting. */
export type Prepared =
  | Exclude<Scanned, { kind: 'changed' | 'unreadable' }>
  | { kind: 'parsed'; from: ReadFrom; parsed: ParseResult }
  /** Reading or parsing it threw: the error is the file's problem. */
  | { kind: 'failed'; error: unknown };

/**
 * The files of a run, scanned (pre-check, read, hash) and parsed in order and, with a parser thread,
 * ahead of the writer, so that the thread parses the next changed files while ingest writes the current
 * ones. Each file's scan and parse are the same wherever they ran; ingest takes them in file order.
 */
export class ReportScanner {
  private readonly ahead = new Map<number, Promise<Prepared>>();
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

  /** File `i`, read and parsed (never rejects: a failure is the file's outcome). Files are taken once each, in order. */
  take(i: number): Promise<Prepared> {
    if (this.thread) {
      while (this.next < this.files.length && this.next <= i + MAX_AHEAD) {
        this.ahead.set(this.next, this.prepare(this.next, this.thread));
        this.next++;
      }
    }
    const prepared = this.ahead.get(i) ?? this.prepare(i, null);
    this.ahead.delete(i);
    return prepared;
  }

  private async prepare(i: number, thread: ReportParserThread | null): Promise<Prepared> {
    const scanned = await scanReportFile(this.ctx, this.files[i] as Listed);
    if (scanned.kind === 'unreadable') return { kind: 'failed', error: scanned.error };
    if (scanned.kind !== 'changed') return scanned;
    try {
      const { path, bytes, from } = scanned;
      const threaded = thread && bytes.length <= MAX_THREAD_BYTES ? await thread.submit(i, path, bytes) : undefined;
      return { kind: 'parsed', from, parsed: threaded ?? (await parseReportBytes(path, bytes)) };
    } catch (error) {
      return { kind: 'failed', error };
    }
  }

  close(): void {
    this.thread?.close();
  }
}

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../parse-report.ts';

export interface ParserJob {
  seq: number;
  path: string;
  bytes: Uint8Array;
}

export type ParserReply = { seq: number; result: ParseResult } | { seq: number; error: string };

export interface ParserThreadData {
  /** URL of run-report-parser-thread.ts, and of tsx's register API in case the thread cannot load TypeScript. */
  entry: string;
  tsxApi: string | null;
}

// Plain JavaScript, so the thread starts under any runner (tsx, vitest): it registers tsx (a thread
// does not inherit the loader hooks of the one that started it), then imports the TypeScript side. A
// thread that cannot start says so and exits.
const BOOTSTRAP = `
const { workerData, parentPort } = require('node:worker_threads');
const { entry, tsxApi } = workerData;
const register = tsxApi ? import(tsxApi).then((api) => (api.register ?? api.default.register)()) : Promise.resolve();
register.then(() => import(entry)).then((m) => m.runReportParserThread()).catch((err) => {
  parentPort.postMessage({ fatal: String((err && err.stack) || err) });
  process.exit(1);
});
`;

/** tsx's ESM register API (the import condition of tsx/esm/api). */
function tsxApiUrl(): string | null {
  try {
    const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
    return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  } catch {
    return null;
  }
}

type Waiter = (reply: ParserReply | undefined) => void;

/**
 * Parses report files on a second thread while ingest reads the next files and writes the previous
 * ones. Jobs are parsed one at a time in the order they were submitted; each submit returns a promise
 * of that job's parse, so what ingest does with them does not depend on timing. If the thread cannot
 * start or goes away, the promise gives undefined and the caller parses on its own thread.
 */
export class ReportParserThread {
  private readonly waiting = new Map<number, Waiter>();
  private gone = false;
  /** How many parses the thread answered (a thread that could not start answers none). */
  answered = 0;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: ParserReply | { fatal: string }) => {
      if ('fatal' in message) return this.goAway();
      this.answered++;
      this.settle(message.seq, message);
    });
    worker.on('error', () => this.goAway());
    worker.on('exit', () => this.goAway());
    // Idle, the thread must not keep the process alive; with parses pending it must (see submit).
    worker.unref();
  }

  /** A running parser thread, or null if one cannot be created here. */
  static start(): ReportParserThread | null {
    try {
      const data: ParserThreadData = { entry: new URL('./run-report-parser-thread.ts', import.meta.url).href, tsxApi: tsxApiUrl() };
      return new ReportParserThread(new Worker(BOOTSTRAP, { eval: true, workerData: data }));
    } catch {
      return null;
    }
  }

  /**
   * Queue a file for parsing: its parse, or undefined if the thread is gone or goes away before
   * answering (parse it on this thread then). Rejects, with the parser's message, if the parse threw.
   */
  submit(seq: number, path: string, bytes: Uint8Array): Promise<ParseResult | undefined> {
    if (this.gone) return Promise.resolve(undefined);
    const job: ParserJob = { seq, path, bytes };
    const reply = new Promise<ParserReply | undefined>((resolve) => this.waiting.set(seq, resolve));
    if (this.waiting.size === 1) this.worker.ref();
    this.worker.postMessage(job);
    return reply.then((r) => {
      if (r && 'error' in r) throw new Error(r.error);
      return r?.result;
    });
  }

  private settle(seq: number, reply: ParserReply | undefined): void {
    this.waiting.get(seq)?.(reply);
    this.waiting.delete(seq);
    if (this.waiting.size === 0) this.worker.unref();
  }

  private goAway(): void {
    this.gone = true;
    for (const seq of [...this.waiting.keys()]) this.settle(seq, undefined);
  }

  close(): void {
    this.goAway();
    void this.worker.terminate();
  }
}

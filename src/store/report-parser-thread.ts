import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ParseResult } from '../ingest/parse-report.ts';

export interface ParserJob {
  seq: number;
  path: string;
  bytes: Uint8Array;
}

export type ParserReply = { seq: number; result: ParseResult } | { seq: number; error: string };

export interface ParserThreadData {
  /** [0]: bumped after every reply (the ingest thread waits on it); [1]: 1 once the thread has exited. */
  signal: Int32Array;
  /** URL of run-report-parser-thread.ts, and of tsx's register API in case the thread cannot load TypeScript. */
  entry: string;
  tsxApi: string | null;
}

// Plain JavaScript, so the thread starts under any runner (tsx, vitest): it registers tsx (a thread
// does not inherit the loader hooks of the one that started it), then imports the TypeScript side. A
// thread that cannot start says so and exits.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
const { signal, entry, tsxApi, port } = workerData;
const wake = () => { Atomics.add(signal, 0, 1); Atomics.notify(signal, 0); };
process.on('exit', () => { Atomics.store(signal, 1, 1); wake(); });
const register = tsxApi ? import(tsxApi).then((api) => (api.register ?? api.default.register)()) : Promise.resolve();
register.then(() => import(entry)).then((m) => m.runReportParserThread()).catch((err) => {
  port.postMessage({ fatal: String((err && err.stack) || err) });
  wake();
  port.close();
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

/**
 * Parses report files on a second thread while the ingest thread hashes the next files and writes the
 * previous ones (ingest is synchronous: it waits for a parse with Atomics.wait, and takes the reply with
 * receiveMessageOnPort). Jobs are parsed one at a time in the order they were submitted; results are
 * handed back by job number, so what ingest does with them does not depend on timing. If the thread
 * cannot start or goes away, result() says so and the caller parses on its own thread.
 */
export class ReportParserThread {
  private readonly replies = new Map<number, ParserReply>();
  private readonly submitted = new Set<number>();
  private gone = false;
  /** How many parses the thread answered (a thread that could not start answers none). */
  answered = 0;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly signal: Int32Array,
  ) {}

  /** A running parser thread, or null if one cannot be created here. */
  static start(): ReportParserThread | null {
    try {
      const signal = new Int32Array(new SharedArrayBuffer(8));
      const { port1, port2 } = new MessageChannel();
      const data: ParserThreadData & { port: MessagePort } = {
        signal,
        entry: new URL('./run-report-parser-thread.ts', import.meta.url).href,
        tsxApi: tsxApiUrl(),
        port: port2,
      };
      const worker = new Worker(BOOTSTRAP, { eval: true, workerData: data, transferList: [port2] });
      worker.unref();
      port1.unref();
      return new ReportParserThread(worker, port1, signal);
    } catch {
      return null;
    }
  }

  /** Queue a file for parsing; false if the thread is gone (parse it on this thread). */
  submit(seq: number, path: string, bytes: Uint8Array): boolean {
    if (this.gone) return false;
    const job: ParserJob = { seq, path, bytes };
    this.worker.postMessage(job);
    this.submitted.add(seq);
    return true;
  }

  /**
   * The parse of job `seq`, waiting for it if needed; undefined if it was never submitted (or already
   * taken) or the thread went away before answering. Throws, with the parser's message, if the parse threw.
   */
  result(seq: number): ParseResult | undefined {
    if (!this.submitted.delete(seq)) return undefined;
    for (;;) {
      const reply = this.replies.get(seq);
      if (reply) {
        this.replies.delete(seq);
        this.answered++;
        if ('error' in reply) throw new Error(reply.error);
        return reply.result;
      }
      const next = this.next();
      if (!next) return undefined;
      this.replies.set(next.seq, next);
    }
  }

  /** The next reply, waiting for it; null once the thread is gone. */
  private next(): ParserReply | null {
    while (!this.gone) {
      const seen = Atomics.load(this.signal, 0);
      const received = receiveMessageOnPort(this.port);
      if (received) {
        const message = received.message as ParserReply | { fatal: string };
        if ('fatal' in message) break;
        return message;
      }
      if (Atomics.load(this.signal, 1) === 1) break;
      Atomics.wait(this.signal, 0, seen, 1000);
    }
    this.gone = true;
    return null;
  }

  close(): void {
    this.gone = true;
    this.port.close();
    void this.worker.terminate();
  }
}

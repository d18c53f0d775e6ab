import type { MessagePort } from 'node:worker_threads';
import { parentPort, workerData } from 'node:worker_threads';
import { parseReportBytes } from './parse-report-bytes.ts';
import type { ParserJob, ParserReply, ParserThreadData } from './report-parser-thread.ts';

/**
 * The parser thread's side (see ReportParserThread): parse each job in the order it came, reply on the
 * port, then bump the shared counter so a waiting ingest thread wakes up.
 */
export function runReportParserThread(): void {
  const { port, signal } = workerData as ParserThreadData & { port: MessagePort };
  const reply = (message: ParserReply): void => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  parentPort?.on('message', (job: ParserJob) => {
    try {
      reply({ seq: job.seq, result: parseReportBytes(job.path, job.bytes) });
    } catch (err) {
      reply({ seq: job.seq, error: err instanceof Error ? err.message : String(err) });
    }
  });
}

import { parentPort } from 'node:worker_threads';
import { parseReportBytes } from './parse-report-bytes.ts';
import type { ParserJob, ParserReply } from './report-parser-thread.ts';

/**
 * The parser thread's side (see ReportParserThread): parse each job in the order it came, one at a
 * time (a reader may await, and jobs must not interleave), and reply with the job's number.
 */
export function runReportParserThread(): void {
  let queue: Promise<void> = Promise.resolve();
  const parse = async (job: ParserJob): Promise<ParserReply> => {
    try {
      return { seq: job.seq, result: await parseReportBytes(job.path, job.bytes) };
    } catch (err) {
      return { seq: job.seq, error: err instanceof Error ? err.message : String(err) };
    }
  };
  parentPort?.on('message', (job: ParserJob) => {
    queue = queue.then(async () => parentPort?.postMessage(await parse(job)));
  });
}

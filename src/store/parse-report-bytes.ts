import type { ParseResult } from '../ingest/parse-report.ts';
import { parseReportText } from '../ingest/parse-report.ts';
import { readReportBytes } from '../ingest/read-report.ts';

/**
 * A report file's bytes → its parsed report, or the problems that stop it loading (it cannot be decoded,
 * or no report was found in it). Throws what the parser throws. The same on the ingest thread and on
 * the parser thread (report-parser-thread.ts), so both give the same answers.
 */
export function parseReportBytes(path: string, bytes: Uint8Array): ParseResult {
  const read = readReportBytes(path, bytes);
  if (!read.ok) return { report: null, problems: [read.problem] };
  return parseReportText(read.file, read.text);
}

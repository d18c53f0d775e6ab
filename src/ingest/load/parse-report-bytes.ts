import type { ParseResult } from '../parse-report.ts';
import { parseReportText } from '../parse-report.ts';
import { readReportBytes } from '../read-report.ts';

/**
 * A report file's bytes → its parsed report, or the problems that stop it loading (it cannot be decoded,
 * or no report was found in it). Throws what the parser throws. The same on the ingest thread and on
 * the parser thread (report-parser-thread.ts), so both give the same answers.
 */
export async function parseReportBytes(path: string, bytes: Uint8Array): Promise<ParseResult> {
  const read = await readReportBytes(path, bytes);
  if (!read.ok) return { report: null, problems: [read.problem] };
  return parseReportText(read.file, read.text);
}

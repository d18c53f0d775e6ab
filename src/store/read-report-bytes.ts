import { basename, extname } from 'node:path';
import { decodeReportBytes } from '../ingest/decode-report-bytes.ts';
import { htmlToText } from '../ingest/html-to-text.ts';
import { REPORT_EXTENSIONS, type ReadReportResult, type ReportFormat } from '../ingest/read-report.ts';

const FORMAT_BY_EXTENSION: Record<string, ReportFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/**
 * readReport (src/ingest/read-report.ts) for bytes the caller has already read: ingest reads each file
 * once, for its content hash and for its text. Same results and problems as readReport, except that
 * there is no read_error (the caller did the reading); test/store/read-report-bytes.test.ts holds the
 * two to the same answers.
 */
export function readReportBytes(path: string, bytes: Uint8Array): ReadReportResult {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) {
    const shown = ext === '' ? 'no extension' : `extension ${ext}`;
    return failure(file, 'unsupported_format', `${shown} is not a supported report format (use ${REPORT_EXTENSIONS.join(', ')})`);
  }
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return failure(file, decoded.code, decoded.message);
  const text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
  return { ok: true, file, text, encoding: decoded.encoding, format };
}

function failure(file: string, code: string, message: string): ReadReportResult {
  return { ok: false, file, problem: { code, file, severity: 'error', section: '', message } };
}

/**
 * Reads one report file into text: decodes the bytes (whatever the encoding) and, for web pages,
 * strips the page down to the report. Every failure is returned as a Problem; nothing throws.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Problem } from '../model/fact.ts';
import { decodeReportBytes } from './decode-report-bytes.ts';
import { htmlToText } from './html-to-text.ts';

export type ReportFormat = 'txt' | 'md' | 'html';

export type ReadReportResult =
  | { ok: true; file: string; text: string; encoding: string; format: ReportFormat }
  | { ok: false; file: string; problem: Problem };

/** Extensions the ingest scanner should pick up (lower case, with the dot). */
export const REPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

const FORMAT_BY_EXTENSION: Record<string, ReportFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

export function readReport(path: string): ReadReportResult {
  // An unsupported file is reported as such without being read.
  if (!FORMAT_BY_EXTENSION[extname(path).toLowerCase()]) return readReportBytes(path, new Uint8Array());
  const bytes = readBytes(path);
  if (typeof bytes === 'string') return failure(basename(path), 'read_error', bytes);
  return readReportBytes(path, bytes);
}

/**
 * readReport for bytes the caller has already read (ingest reads each file once, for its content hash
 * and for its text): the same results and problems, except read_error.
 */
export function readReportBytes(path: string, bytes: Uint8Array): ReadReportResult {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) {
    const shown = ext === '' ? 'no extension' : `extension ${ext}`;
    return failure(file, 'unsupported_format', `${shown} is not a supported report format (use ${REPORT_EXTENSIONS.join(', ')})`);
  }
  // A <meta charset=gbk> page fails strict UTF-8 and lands on the GB18030 fallback, a superset of
  // GBK/GB2312, so the declaration needs no special handling here.
  const decoded = decodeReportBytes(bytes);
  if (!decoded.ok) return failure(file, decoded.code, decoded.message);
  const text = format === 'html' ? htmlToText(decoded.text) : decoded.text;
  return { ok: true, file, text, encoding: decoded.encoding, format };
}

/** The file's bytes, or a message saying why they could not be read. */
function readBytes(path: string): Uint8Array | string {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    return `cannot read file (${code}: ${READ_ERROR_TEXT[code] ?? (err as Error).message})`;
  }
}

const READ_ERROR_TEXT: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

function failure(file: string, code: string, message: string): ReadReportResult {
  return { ok: false, file, problem: { code, file, severity: 'error', section: '', message } };
}

/**
 * Reads one report file into text with the reader of its format (see read/report-readers.ts): decodes
 * the bytes (whatever the encoding) and, for web pages, strips the page down to the report. Every
 * failure is returned as a Problem; nothing throws.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Problem } from '../model/fact.ts';
import { READER_BY_EXTENSION, type ReportFormat } from './read/report-readers.ts';

export type { ReportFormat } from './read/report-readers.ts';

export type ReadReportResult =
  | { ok: true; file: string; text: string; encoding: string; format: ReportFormat }
  | { ok: false; file: string; problem: Problem };

/** Extensions the ingest scanner should pick up (lower case, with the dot). */
export const REPORT_EXTENSIONS: readonly string[] = Object.keys(READER_BY_EXTENSION);

export async function readReport(path: string): Promise<ReadReportResult> {
  // An unsupported file is reported as such without being read.
  if (!READER_BY_EXTENSION[extname(path).toLowerCase()]) return readReportBytes(path, new Uint8Array());
  const bytes = await readBytes(path);
  if (typeof bytes === 'string') return failure(basename(path), 'read_error', bytes);
  return readReportBytes(path, bytes);
}

/**
 * readReport for bytes the caller has already read (ingest reads each file once, for its content hash
 * and for its text): the same results and problems, except read_error.
 */
export async function readReportBytes(path: string, bytes: Uint8Array): Promise<ReadReportResult> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  const reader = READER_BY_EXTENSION[ext];
  if (!reader) {
    const shown = ext === '' ? 'no extension' : `extension ${ext}`;
    return failure(file, 'unsupported_format', `${shown} is not a supported report format (use ${REPORT_EXTENSIONS.join(', ')})`);
  }
  try {
    const read = await reader.read(bytes);
    if (!read.ok) return failure(file, read.code, read.message);
    return { ok: true, file, text: read.text, encoding: read.encoding, format: reader.format };
  } catch (err) {
    // A reader library that fails on one file must not stop the others.
    return failure(file, 'read_failed', `the ${reader.format} reader failed on this file: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The file's bytes, or a message saying why they could not be read. */
async function readBytes(path: string): Promise<Uint8Array | string> {
  try {
    return await readFile(path);
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

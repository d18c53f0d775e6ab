import { decodeReportBytes } from '../decode-report-bytes.ts';
import { htmlToText } from '../html-to-text.ts';
import { docReader } from './doc-reader.ts';
import { docxReader } from './docx-reader.ts';
import { pdfReader } from './pdf-reader.ts';

export type ReportFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'doc';

/** A reader's result: the report's text (with the encoding it was in), or why it holds none. */
export type ReaderOutcome = { ok: true; text: string; encoding: string } | { ok: false; code: string; message: string };

/** One file format: how its bytes become the report's text. A reader may be asynchronous (PDF, DOCX). */
export interface ReportReader {
  format: ReportFormat;
  read(bytes: Uint8Array): ReaderOutcome | Promise<ReaderOutcome>;
}

const plainText = (format: ReportFormat): ReportReader => ({ format, read: decodeReportBytes });

// A <meta charset=gbk> page fails strict UTF-8 and lands on the GB18030 fallback, a superset of
// GBK/GB2312, so the declaration needs no special handling here.
const webPage: ReportReader = {
  format: 'html',
  read(bytes) {
    const decoded = decodeReportBytes(bytes);
    return decoded.ok ? { ...decoded, text: htmlToText(decoded.text) } : decoded;
  },
};

/** The reader of each extension ingest picks up (lower case, with the dot). A new format is one entry here. */
export const READER_BY_EXTENSION: Readonly<Record<string, ReportReader>> = {
  '.txt': plainText('txt'),
  '.md': plainText('md'),
  '.markdown': plainText('md'),
  '.html': webPage,
  '.htm': webPage,
  '.pdf': pdfReader,
  '.docx': docxReader,
  '.doc': docReader,
};

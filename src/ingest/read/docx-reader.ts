import mammoth from 'mammoth';
import { htmlToText } from '../html-to-text.ts';
import type { ReportReader } from './report-readers.ts';

/**
 * DOCX → HTML (mammoth keeps a table's rowspan/colspan) → the web-page reader's text, so a Word table
 * is read by the same table reader as a published page's.
 */
export const docxReader: ReportReader = {
  format: 'docx',
  async read(bytes) {
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    } catch (err) {
      return { ok: false, code: 'unreadable_docx', message: `not a readable DOCX file (${err instanceof Error ? err.message : String(err)})` };
    }
    const text = htmlToText(`<html><body>${html}</body></html>`);
    if (text.trim() === '') return { ok: false, code: 'no_text', message: 'the DOCX file holds no text' };
    return { ok: true, text, encoding: 'docx' };
  },
};
